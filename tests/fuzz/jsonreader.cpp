// JsonReader against QJsonDocument, on any bytes: what JsonReader reads, Qt reads too and to
// the same value; what Qt refuses, JsonReader leaves to it. The input is the JSON itself.
#include "api/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QJsonValue> read = JsonReader::read(json);
    if (!read)
        return 0;
    QJsonParseError error;
    const QJsonDocument qt = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        std::abort();   // read what Qt refuses
    const QJsonValue expected = qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object());
    if (*read != expected)
        std::abort();   // read differently
    return 0;
}
