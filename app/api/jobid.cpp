#include "api/jobid.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace JobId {

// 32 ASCII letters and digits. A loop rather than a QRegularExpression: this runs at every
// start of `show`, and the regular expression engine alone costs more than the check.
bool isValid(const QString &jobId)
{
    const auto isAsciiAlphanumeric = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    return jobId.size() == 32 && std::all_of(jobId.cbegin(), jobId.cend(), isAsciiAlphanumeric);
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
