#include "jobid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace JobId {

namespace {
const QRegularExpression &jobIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z]{32}$"));
    return pattern;
}
} // namespace

bool isValid(const QString &jobId)
{
    return jobIdPattern().match(jobId).hasMatch();
}

std::optional<QString> extract(const QString &input)
{
    const QString text = input.trimmed();
    if (isValid(text))
        return text;

    // A pasted job page URL: the ID is the last path segment. Query and fragment are ignored.
    if (!text.contains(u"://"))
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty() || !isValid(segments.last()))
        return std::nullopt;
    return segments.last();
}

QString formatDescription()
{
    return QCoreApplication::translate(
        "JobId",
        "A job ID is 32 letters and digits, as at the end of the job's page URL "
        "(for example f5af662119404ad187437cd272b5099b). You can also paste the whole URL.");
}

} // namespace JobId
