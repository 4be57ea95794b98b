#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace JobId {

// What a pasted job ID or job page URL says: the job, and the region of the console it was
// copied from (devcloud.<region>.huaweicloud.com), empty when the host names none.
struct Reference
{
    QString jobId;
    QString region;
};

// Takes a 32-character job ID, or any form of a CodeArts job page URL a user copied from the
// browser: with or without the scheme, the ID in the path or in the `#/...` fragment, followed
// by sub-pages (`/edit`, `/history`, ...). When the URL also holds a project ID, the job's is
// taken: the segment after `job` or `history`, else the last ID that does not follow `project`.
// Surrounding whitespace and queries are ignored. The ID comes back in lower case, the only
// form the service takes. Anything else: nullopt.
std::optional<Reference> parse(const QString &input);

// parse(input)->jobId; the one parser for the window and every command.
std::optional<QString> extract(const QString &input);

// The region named by a console host such as devcloud.cn-north-4.huaweicloud.com; "" otherwise.
QString regionOfHost(const QString &host);

// When `reference` names a known region and `baseUrl` is a Huawei Cloud endpoint of another
// region, a sentence saying so (for a warning); "" otherwise (also for custom and local hosts).
QString regionMismatch(const Reference &reference, const QUrl &baseUrl);

bool isValid(const QString &jobId);

// Whether text typed where a job ID goes is meant as (part of) a job's name, to search for:
// not a job ID or job page URL, not the start of a URL, and not a run of 16 or more letters
// and digits (an ID being typed). The window searches by name with it.
bool isNameQuery(const QString &input);

// What a job ID looks like, for error messages.
QString formatDescription();

} // namespace JobId
