#include "api/jobid.h"

#include "api/endpoints.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace JobId {

// 32 ASCII letters and digits. A loop rather than a QRegularExpression: this runs at every
// start of `show`, and the regular expression engine alone costs more than the check.
namespace {

bool isAsciiAlphanumeric(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

bool isValid(const QString &jobId)
{
    return jobId.size() == 32 && std::all_of(jobId.cbegin(), jobId.cend(), isAsciiAlphanumeric);
}

namespace {

// The path's segments, then the fragment's (console pages route with `#/job/<id>/...`; the
// fragment's own query is dropped).
QStringList pageSegments(const QUrl &url)
{
    QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    const QString fragment = url.fragment().section(u'?', 0, 0);
    segments += fragment.split(u'/', Qt::SkipEmptyParts);
    return segments;
}

// The job's ID among the segments: the one after `job` or `history`; else the last ID that is
// not a project's.
std::optional<QString> jobSegment(const QStringList &segments)
{
    std::optional<QString> fallback;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (!isValid(segments[i]))
            continue;
        const QString before = i > 0 ? segments[i - 1].toLower() : QString();
        if (before == u"job" || before == u"jobs" || before == u"history")
            return segments[i];
        if (before != u"project" && before != u"projects")
            fallback = segments[i];
    }
    return fallback;
}

// A URL pasted without its scheme ("devcloud.cn-north-4.huaweicloud.com/cloudbuild/...") is
// read as HTTPS; a word without a dot in its first segment is not a host.
QUrl pageUrl(const QString &text)
{
    if (text.contains(u"://"))
        return QUrl(text, QUrl::StrictMode);
    const QString host = text.section(u'/', 0, 0);
    if (!text.contains(u'/') || !host.contains(u'.') || host.contains(u' '))
        return {};
    return QUrl(u"https://"_qs + text, QUrl::StrictMode);
}

} // namespace

std::optional<Reference> parse(const QString &input)
{
    const QString text = input.trimmed();
    // The service takes job IDs in lower case only (`^[0-9a-z]{32}$`); users paste either.
    if (isValid(text))
        return Reference{text.toLower(), QString()};
    const QUrl url = pageUrl(text);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const std::optional<QString> jobId = jobSegment(pageSegments(url));
    if (!jobId)
        return std::nullopt;
    return Reference{jobId->toLower(), regionOfHost(url.host())};
}

std::optional<QString> extract(const QString &input)
{
    if (const std::optional<Reference> reference = parse(input))
        return reference->jobId;
    return std::nullopt;
}

QString regionOfHost(const QString &host)
{
    const QStringList labels = host.toLower().split(u'.');
    if (labels.size() == 4 && labels[0] == u"devcloud" && labels[2] == u"huaweicloud" && labels[3] == u"com")
        return labels[1];
    return {};
}

QString regionMismatch(const Reference &reference, const QUrl &baseUrl)
{
    if (!Endpoints::isKnownRegion(reference.region) || baseUrl.isEmpty())
        return {};
    const QString host = baseUrl.host().toLower();
    if (!host.endsWith(u".myhuaweicloud.com") && !host.endsWith(u".huaweicloud.com"))
        return {};   // a custom endpoint or the sandbox: nothing to compare with
    if (host.contains(u'.' + reference.region + u'.'))
        return {};
    return QCoreApplication::translate("JobId", "The job's URL is from region %1, but the request goes to %2.")
        .arg(reference.region, host);
}

bool isNameQuery(const QString &input)
{
    const QString text = input.trimmed();
    if (text.size() < 2 || parse(text))
        return false;
    if (text.contains(u'/') || text.contains(u"://") || text.startsWith(u"devcloud.", Qt::CaseInsensitive))
        return false;
    const bool idBeingTyped = text.size() >= 16 && std::all_of(text.cbegin(), text.cend(), isAsciiAlphanumeric);
    return !idBeingTyped;
}

QString formatDescription()
{
    return QCoreApplication::translate(
        "JobId",
        "A job ID is 32 letters and digits, as at the end of the job's page URL "
        "(for example f5af662119404ad187437cd272b5099b). You can also paste the whole URL.");
}

} // namespace JobId
