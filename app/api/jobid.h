#pragma once

#include <QString>

#include <optional>

namespace JobId {

// Takes a 32-character job ID, or the job page URL a user copied from the browser, and returns
// the job ID. Surrounding whitespace, query and fragment are ignored. Anything else: nullopt.
std::optional<QString> extract(const QString &input);

bool isValid(const QString &jobId);

// What a job ID looks like, for error messages.
QString formatDescription();

} // namespace JobId
