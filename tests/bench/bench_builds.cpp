// Prints figures for the Builds panel and the record list; run by hand, never a timed test.
//  1. 1,000 records listed and charted once the answers are in (goal <= 200 ms).
//  2. 365 days of records fetched as 12 windows, four in flight against one at a time, from a
//     local server that answers like the sandbox after a simulated network latency.
#include "api/buildclient.h"
#include "api/buildrecordsfetch.h"
#include "builds/buildspanel.h"
#include "credentials/credentialprovider.h"
#include "sandbox/demobuilds.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demosandbox.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

QList<BuildRecord> syntheticRecords(int count)
{
    QList<BuildRecord> records;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList results = {u"success"_qs, u"success"_qs, u"success"_qs, u"failure"_qs, u"aborted"_qs};
    for (int i = 0; i < count; ++i) {
        BuildRecord record;
        record.number = count - i;
        record.dailyBuildNumber = u"20261201."_qs + QString::number(i % 12 + 1);
        record.result = results.at(i % results.size());
        record.startTimeMs = now - qint64(i) * 25 * 60'000; // 1,000 builds over about 17 days
        record.durationMs = 120'000 + (i * 7919) % 600'000;
        record.triggerType = u"Manual"_qs;
        record.executor = u"zhang.wei"_qs;
        record.branch = u"master"_qs;
        record.commitId = u"0123456789abcdef0123456789abcdef01234567"_qs;
        records.append(record);
    }
    return records;
}

void benchListing()
{
    BuildsPanel panel;
    panel.resize(1100, 800);
    panel.show();
    QCoreApplication::processEvents();
    const QList<BuildRecord> records = syntheticRecords(1000);
    QList<qint64> times;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer clock;
        clock.start();
        panel.showRecords(records);
        panel.repaint(); // the table and chart painted, not just filled
        QCoreApplication::processEvents();
        times.append(clock.elapsed());
    }
    std::sort(times.begin(), times.end());
    std::printf("1,000 records listed and charted: median %lld ms, worst %lld ms (goal <= 200 ms); "
                "%d rows, %d chart points\n",
                static_cast<long long>(times.at(times.size() / 2)), static_cast<long long>(times.last()),
                panel.model()->rowCount(), panel.chartPointCount());
}

// Answers like the sandbox (DemoBuilds), each answer after `latencyMs`, many at once.
class LatencyServer : public QTcpServer
{
public:
    LatencyServer(DemoBuilds *builds, int latencyMs) : m_builds(builds), m_latencyMs(latencyMs)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
        listen(QHostAddress::LocalHost, 0);
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            buffer->remove(0, end + 4);
            DemoRequest request{requestLine.value(0), QUrl::fromEncoded(requestLine.value(1)), {}, {}};
            const DemoResponse response = m_builds->respond(request);
            QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + " OK\r\nContent-Type: "
                + response.mimeType + "\r\nContent-Length: " + QByteArray::number(response.body.size())
                + "\r\n\r\n" + response.body;
            QTimer::singleShot(m_latencyMs, socket, [socket, bytes] { socket->write(bytes); });
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    DemoBuilds *m_builds;
    int m_latencyMs;
};

void benchWindows(int latencyMs)
{
    DemoBuilds builds;
    LatencyServer server(&builds, latencyMs);
    QNetworkAccessManager nam;
    auto credentials = CredentialProvider::forToken(DemoSandbox::demoToken());
    BuildClient client(&nam, credentials.get());
    ClientOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    client.setOptions(options);
    const QDateTime to = QDateTime::currentDateTime();
    for (const int inFlight : {BuildRecordsFetch::kMaxInFlight, 1}) {
        BuildRecordsFetch fetch(&client, DemoSandbox::firstJobId(), to.addDays(-365), to);
        QElapsedTimer clock;
        clock.start();
        QEventLoop loop;
        QObject::connect(&fetch, &BuildRecordsFetch::finished, &loop, &QEventLoop::quit);
        fetch.start(inFlight);
        loop.exec();
        std::printf("365 days, %d windows, %d requests, %d in flight, %d ms latency: %lld ms, %lld records%s\n",
                    fetch.windowCount(), fetch.requestsSent(), inFlight, latencyMs,
                    static_cast<long long>(clock.elapsed()), static_cast<long long>(fetch.records().size()),
                    fetch.error().isError() ? qPrintable(u" ERROR " + fetch.error().oneLine()) : "");
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchListing();
    for (const int latency : {0, 50, 150})
        benchWindows(latency);
    return 0;
}
