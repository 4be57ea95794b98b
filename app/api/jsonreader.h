#pragma once

#include <QByteArrayView>
#include <QJsonValue>

#include <optional>

// QJsonDocument::fromJson's result, faster for answers with long escaped strings. Qt 6.4's
// parser appends a string holding any escape character by character; a build log's page is
// 100 KB of text with an escaped line end on every line (and escaped colours), and parsing it
// took more time than fetching it. Here such a string is decoded from UTF-8 in one go and its
// escapes replaced in place.
//
// It reads strict JSON (RFC 8259) with an object or an array at the top and gives exactly what
// QJsonDocument would: numbers are read by Qt itself. Anything it is not sure of (invalid JSON
// of any kind, a repeated key, nesting deeper than Qt allows) gives nullopt, and the caller
// asks QJsonDocument, which also says what is wrong: so the two agree on every document
// (tests/fuzz/jsonreader.cpp checks that).
namespace JsonReader {

// The root object or array; nullopt when QJsonDocument::fromJson should decide.
std::optional<QJsonValue> read(QByteArrayView json);

} // namespace JsonReader
