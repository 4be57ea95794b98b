#include "trendpoints.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <dlfcn.h>

namespace {

// Gives this file a translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrendDialogModule)
};

using CreateTrendDialog = QDialog *(*)(const QString &, const QList<TrendPoint> &, QWidget *);

// The trend module sits beside the module this code is in, in the build tree and once
// installed alike; CODEARTS_INSPECTOR_MODULE_DIR points elsewhere (tests).
QString trendModulePath()
{
    QString directory = qEnvironmentVariable("CODEARTS_INSPECTOR_MODULE_DIR");
    if (directory.isEmpty()) {
        Dl_info info{};
        if (dladdr(reinterpret_cast<void *>(&createTrendDialog), &info) && info.dli_fname)
            directory = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
        else
            directory = QCoreApplication::applicationDirPath();
    }
    return QDir(directory).filePath(QStringLiteral(INSPECTOR_TREND_MODULE));
}

} // namespace

QDialog *createTrendDialog(const QString &jobName, const QList<TrendPoint> &points, QWidget *parent,
                           QString *error)
{
    static QLibrary module;   // loaded once, on the first trend, and kept
    static CreateTrendDialog create = nullptr;
    if (!create) {
        module.setFileName(trendModulePath());
        create = reinterpret_cast<CreateTrendDialog>(module.resolve("codearts_inspector_create_trend_dialog"));
    }
    if (!create) {
        if (error)
            *error = Text::tr("The trend chart could not be loaded (%1). Reinstalling the application "
                              "should fix this.").arg(module.errorString());
        return nullptr;
    }
    return create(jobName, points, parent);
}
