#pragma once

#include "history/historystore.h"

#include <QDialog>

class QTreeWidget;

// What changed in a job between two fetches: one row per field, old value → new value,
// grouped as permissions, statuses and health, times and the rest.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // `older` and `newer` are history entries with snapshots of the same job.
    CompareDialog(const HistoryEntry &older, const HistoryEntry &newer, QWidget *parent = nullptr);

    QTreeWidget *changesList() const { return m_changes; }

private:
    QTreeWidget *m_changes;
};
