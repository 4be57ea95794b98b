#pragma once

#include <QMenu>

// The Demo jobs button's menu: the demo sandbox's sample jobs, and a submenu of answers that
// fail in typical ways. Filled when first opened: the demo jobs are built in full, which
// start-up need not wait for.
class DemoJobsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit DemoJobsMenu(QWidget *parent = nullptr);

signals:
    void jobChosen(const QString &jobId);

private:
    void fill();
};
