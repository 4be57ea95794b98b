#include "job/demojobsmenu.h"

#include "connection/democonnection.h"

DemoJobsMenu::DemoJobsMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("demoJobsMenu"));
    connect(this, &QMenu::aboutToShow, this, [this] {
        if (isEmpty())
            fill();
    });
}

void DemoJobsMenu::fill()
{
    QMenu *failing = nullptr;
    for (const DemoConnection::JobChoice &job : DemoConnection::jobChoices()) {
        if (job.failing && !failing) {
            failing = addMenu(tr("Failing answers"));
            failing->setObjectName(QStringLiteral("troubleJobsMenu"));
        }
        QAction *action = (job.failing ? failing : this)->addAction(job.title);
        if (!job.failing)
            action->setToolTip(job.id);
        connect(action, &QAction::triggered, this, [this, id = job.id] { emit jobChosen(id); });
    }
}
