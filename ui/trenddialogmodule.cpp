#include "trendpoints.h"

#include "moduleloader.h"

#include <QCoreApplication>

namespace {

// Gives this file a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrendDialogModule)
};

using CreateTrendDialog = QDialog *(*)(const QString &, const QList<TrendPoint> &, QWidget *);

} // namespace

QDialog *createTrendDialog(const QString &jobName, const QList<TrendPoint> &points, QWidget *parent,
                           QString *error)
{
    QString problems;
    const auto create = reinterpret_cast<CreateTrendDialog>(
        moduleEntry(INSPECTOR_TREND_MODULE, "codearts_inspector_create_trend_dialog", &problems));
    if (!create) {
        if (error)
            *error = Text::tr("The trend chart could not be loaded (%1). Reinstalling the application "
                              "should fix this.").arg(problems);
        return nullptr;
    }
    return create(jobName, points, parent);
}
