#pragma once

#include "lazydock.h"
#include <QElapsedTimer>
#include <QIcon>

class FavoritesModel;
class QAction;
class QTreeView;

// The favorites of the current profile, in the window's sidebar: a click selects one, a double-click or Enter opens it, F2
// edits its alias in place, drag and drop or actions move it, and actions edit (alias and
// note) and remove it.
class FavoritesPanel : public LazyDock
{
    Q_OBJECT

public:
    FavoritesPanel(FavoritesModel *model, QWidget *parent = nullptr);

    QTreeView *view();   // builds the panel's widgets if it was never opened
    void selectJob(const QString &jobId);
    QString selectedJobId() const;

    // A five-pointed star in `color`, filled or outlined (see DrawnIcon).
    static QIcon starIcon(const QColor &color, bool filled);

signals:
    void openRequested(const QString &jobId);

private:
    void buildContent() override;
    QAction *addPanelAction(const QString &text, const QString &objectName, const QKeySequence &key);
    void setUpActions();
    void openIndex(const QModelIndex &index);
    int selectedRow() const;
    void followCurrent();
    void moveSelected(int delta);
    void editSelected();
    void removeSelected();
    void updateActions();

    FavoritesModel *m_model;
    QTreeView *m_view = nullptr;   // built with the rest of the panel's widgets
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QString m_selectedBeforeReset;   // the selection across a reload of the model
    QString m_lastOpened;            // a double-click is also a click: open once
    QElapsedTimer m_lastOpenedClock;
};
