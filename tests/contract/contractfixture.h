#pragma once

// The contract fixtures in tests/contract: one example answer per CodeArts Build call the app
// makes, written from the official SDK's models (field names, JSON types, wrapper shape). The
// client's parsers must read each one, and the demo sandbox's answers must have the same shape,
// so that client and sandbox cannot drift away from the service together. Each file starts with
// "//" lines naming its call and SDK model files; the JSON follows.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ContractFixture {

inline QString directory()
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/contract");
}

// The fixture names, without ".json": "ShowJobInfo", "ListJob", ...
inline QStringList names()
{
    QStringList names;
    for (const QString &file : QDir(directory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names.append(file.chopped(5));
    return names;
}

// The comment lines at the top of the fixture, without their "//".
inline QStringList comments(const QString &name)
{
    QFile file(directory() + u'/' + name + u".json");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.startsWith("//"))
            break;
        lines.append(QString::fromUtf8(line.mid(2).trimmed()));
    }
    return lines;
}

// The fixture's JSON, comment lines removed; a null document (and `error`) when it cannot be read.
inline QJsonDocument load(const QString &name, QString *error = nullptr)
{
    QFile file(directory() + u'/' + name + u".json");
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QByteArray json;
    bool inHeader = true;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (inHeader && line.trimmed().startsWith("//"))
            continue;
        inHeader = false;
        json += line;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (error && parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    return document;
}

inline QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

// Where `actual` does not have the fixture's shape: every key of `expected` must be in `actual`
// with the same JSON type, recursively (extra keys are allowed). A null in the fixture accepts
// any value; `actual` may send null where the fixture has a value (the service omits and nulls
// fields freely). Arrays compare each of `actual`'s items with the fixture's first item.
inline QStringList shapeDifferences(const QJsonValue &expected, const QJsonValue &actual,
                                    const QString &path = QStringLiteral("$"))
{
    if (expected.isNull() || actual.isNull())
        return {};
    if (expected.type() != actual.type())
        return {path + QStringLiteral(": ") + typeName(actual) + QStringLiteral(" instead of ") + typeName(expected)};
    QStringList differences;
    if (expected.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
            const QString where = path + u'.' + it.key();
            if (!have.contains(it.key()))
                differences.append(where + QStringLiteral(": missing"));
            else
                differences += shapeDifferences(it.value(), have.value(it.key()), where);
        }
    } else if (expected.isArray() && !expected.toArray().isEmpty()) {
        const QJsonValue first = expected.toArray().first();
        const QJsonArray items = actual.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            differences += shapeDifferences(first, items.at(i), path + u'[' + QString::number(i) + u']');
    }
    return differences;
}

} // namespace ContractFixture
