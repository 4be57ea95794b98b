#include "sandbox/demoids.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>
#include <QtEndian>

namespace DemoIds {

namespace {

// Namespaces for the name-based UUIDs: any fixed UUIDs do. Constant-initialized, as the demo
// jobs are made during static initialization.
constexpr QUuid kBuildProjects(0x4f6b1b0e, 0x6a43, 0x4c1d, 0x9a, 0x52, 0x3c, 0x1f, 0x0e, 0x7d, 0x2b, 0x10);
constexpr QUuid kRecords(0x9d2e7c55, 0x0b1a, 0x4e8f, 0x8c, 0x3d, 0x51, 0xa6, 0xf2, 0xb4, 0xe7, 0xc9);

} // namespace

bool isJobId(const QString &id)
{
    static const QRegularExpression pattern(u"^[0-9a-z]{32}$"_qs);
    return pattern.match(id).hasMatch();
}

bool isProjectId(const QString &id)
{
    return isJobId(id);
}

bool isUuid(const QString &id)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_qs);
    return pattern.match(id).hasMatch();
}

QString buildProjectId(const QString &jobId)
{
    return QUuid::createUuidV3(kBuildProjects, jobId).toString(QUuid::WithoutBraces);
}

QString recordId(const QString &jobId, int buildNumber)
{
    return QUuid::createUuidV3(kRecords, jobId + u'/' + QString::number(buildNumber)).toString(QUuid::WithoutBraces);
}

QString hexId(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

quint32 seedOf(const QString &seed)
{
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5);
    return qFromBigEndian<quint32>(digest.constData());
}

} // namespace DemoIds
