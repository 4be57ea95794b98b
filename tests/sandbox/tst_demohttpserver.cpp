// The demo sandbox's HTTP server on its own, over real sockets: what reaches the handler, what
// goes back, connections kept open or closed, pipelined and split requests, bad requests, TLS,
// answers held back by a simulated latency, and bodies made piece by piece.
#include "sandbox/demohttpserver.h"
#include "testcertificate.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

class TestDemoHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void requestReachesTheHandlerAsSent();
    void answerGoesBackWithItsHeaders();
    void keptOpenConnectionServesPipelinedRequestsInOrder();
    void requestArrivingInPiecesIsAnsweredOnce();
    void clientExpectingContinueIsToldToGoOn();
    void connectionCloseIsHonoured();
    void latencyDelaysEveryAnswerInOrder();
    void malformedRequestIsRefusedWithoutTheHandler();
    void busyPortFailsToListen();
    void servesHttpsWithTheGivenCertificate();
    void bodyInPiecesIsSentChunkedAsTheClientReads();
    void requestsAfterABodyInPiecesWaitTheirTurn();

private:
    // A server on a free loopback port that records what it was asked and answers `answer`.
    quint16 start(DemoHttpServer &server, const DemoResponse &answer = {200, "text/plain", "hello", {}},
                  const QSslConfiguration *tls = nullptr);
    // Connects `socket` to the server on `port`; whether it connected.
    static bool connectTo(QTcpSocket &socket, quint16 port);
    // Sends raw bytes on a new connection and reads until `responses` answers came or the peer closed.
    QByteArray exchange(quint16 port, const QByteArray &bytes, int responses, bool *closedByPeer = nullptr);

    QList<DemoRequest> m_asked;
};

quint16 TestDemoHttpServer::start(DemoHttpServer &server, const DemoResponse &answer,
                                  const QSslConfiguration *tls)
{
    m_asked.clear();
    return server.listen(QHostAddress::LocalHost, 0, tls, [this, answer](const DemoRequest &request) {
        m_asked << request;
        return answer;
    });
}

bool TestDemoHttpServer::connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

QByteArray TestDemoHttpServer::exchange(quint16 port, const QByteArray &bytes, int responses,
                                        bool *closedByPeer)
{
    QTcpSocket socket;
    if (!connectTo(socket, port))
        return {};
    socket.write(bytes);
    QByteArray received;
    QDeadlineTimer deadline(5000);
    while (received.count("HTTP/1.1 ") < responses && !deadline.hasExpired()
           && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(10);
        received += socket.readAll();
    }
    // Give a close that follows the last answer the time to arrive.
    QTest::qWait(50);
    received += socket.readAll();
    if (closedByPeer)
        *closedByPeer = socket.state() == QAbstractSocket::UnconnectedState;
    return received;
}

void TestDemoHttpServer::requestReachesTheHandlerAsSent()
{
    DemoHttpServer server;
    const quint16 port = start(server);
    QVERIFY(port != 0);
    const QByteArray request = "POST /v3/auth/tokens%2Fx?nocatalog=true&a=%C3%A9 HTTP/1.1\r\n"
                               "Host: 127.0.0.1\r\nX-Auth-Token: abc\r\n"
                               "Content-Type: application/json\r\nContent-Length: 13\r\n\r\n"
                               "{\"auth\": 1.5}";
    const QByteArray received = exchange(port, request, 1);
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QCOMPARE(m_asked.size(), 1);
    const DemoRequest &asked = m_asked.first();
    QCOMPARE(asked.method, "POST");
    QCOMPARE(asked.url.path(QUrl::FullyEncoded), u"/v3/auth/tokens%2Fx"_qs);
    QCOMPARE(asked.url.query(QUrl::FullyEncoded), u"nocatalog=true&a=%C3%A9"_qs);
    QCOMPARE(asked.header("x-auth-token"), "abc");
    QCOMPARE(asked.header("HOST"), "127.0.0.1");
    QCOMPARE(asked.header("Missing"), QByteArray());
    QCOMPARE(asked.body, "{\"auth\": 1.5}");
}

void TestDemoHttpServer::answerGoesBackWithItsHeaders()
{
    DemoHttpServer server;
    const DemoResponse answer{429, "application/json", R"({"error_code":"APIG.0308"})",
                              {{"Retry-After", "7"}}};
    const quint16 port = start(server, answer);
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/v1/job/x/info"_qs.arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->rawHeader("Retry-After"), "7");
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/json"_qs);
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray::number(answer.body.size()));
    QCOMPARE(reply->readAll(), answer.body);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().method, "GET");
    QCOMPARE(m_asked.first().url.path(), u"/v1/job/x/info"_qs);
    delete reply;
}

void TestDemoHttpServer::keptOpenConnectionServesPipelinedRequestsInOrder()
{
    DemoHttpServer server;
    const quint16 port = start(server);
    bool closed = true;
    const QByteArray received = exchange(port,
                                         "GET /first HTTP/1.1\r\nHost: a\r\n\r\n"
                                         "GET /second HTTP/1.1\r\nHost: a\r\n\r\n",
                                         2, &closed);
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 2);
    QCOMPARE(received.count("hello"), 2);
    QVERIFY2(!closed, "an HTTP/1.1 connection stays open unless asked to close");
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(m_asked.at(0).url.path(), u"/first"_qs);
    QCOMPARE(m_asked.at(1).url.path(), u"/second"_qs);
}

void TestDemoHttpServer::requestArrivingInPiecesIsAnsweredOnce()
{
    DemoHttpServer server;
    const quint16 port = start(server);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    const QByteArray request = "POST /piece HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nbody";
    for (const char byte : request) {
        socket.write(&byte, 1);
        socket.flush();
        QTest::qWait(1);
    }
    QTRY_COMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().body, "body");
    QTRY_VERIFY(socket.bytesAvailable() > 0 && socket.peek(4096).contains("hello"));
    QCOMPARE(socket.readAll().count("HTTP/1.1 "), 1);
}

void TestDemoHttpServer::clientExpectingContinueIsToldToGoOn()
{
    DemoHttpServer server;
    const quint16 port = start(server);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port));
    socket.write("POST /v3/auth/tokens HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n"
                 "Expect: 100-continue\r\n\r\n");
    const QByteArray goOn = "HTTP/1.1 100 Continue\r\n\r\n";
    QTRY_VERIFY(socket.bytesAvailable() >= goOn.size());
    QCOMPARE(socket.readAll(), goOn);
    QVERIFY(m_asked.isEmpty());
    socket.write("body");
    QTRY_COMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().body, "body");
    QTRY_VERIFY(socket.peek(4096).contains("hello"));
    const QByteArray answer = socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY2(!answer.contains("100 Continue"), "told to go on once only");
}

void TestDemoHttpServer::connectionCloseIsHonoured()
{
    DemoHttpServer server;
    const quint16 port = start(server);
    bool closed = false;
    const QByteArray received =
        exchange(port, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", 1, &closed);
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
    QVERIFY(closed);
}

void TestDemoHttpServer::latencyDelaysEveryAnswerInOrder()
{
    constexpr int kLatencyMs = 300;
    DemoHttpServer server;
    server.setLatencyMs(kLatencyMs);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0, nullptr, [](const DemoRequest &request) {
        return DemoResponse{200, "text/plain", request.url.path().toUtf8(), {}};
    });
    QVERIFY(port != 0);
    QElapsedTimer sent;
    sent.start();
    bool closed = false;
    const QByteArray received = exchange(port,
                                         "GET /first HTTP/1.1\r\nHost: a\r\n\r\n"
                                         "GET /second HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
                                         2, &closed);
    // A lower bound only: however busy the machine, no answer may come early.
    QVERIFY2(sent.elapsed() >= kLatencyMs, qPrintable(QString::number(sent.elapsed())));
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 2);
    QVERIFY2(received.indexOf("/first") < received.indexOf("/second"), received.constData());
    QVERIFY2(closed, "the connection closes after the delayed last answer");
}

void TestDemoHttpServer::malformedRequestIsRefusedWithoutTheHandler()
{
    DemoHttpServer server;
    const quint16 port = start(server);
    bool closed = false;
    const QByteArray received = exchange(port, "NOT HTTP AT ALL\r\n\r\n", 1, &closed);
    QVERIFY2(received.startsWith("HTTP/1.1 400 Bad Request\r\n"), received.constData());
    QVERIFY(closed);
    QVERIFY(m_asked.isEmpty());
}

void TestDemoHttpServer::busyPortFailsToListen()
{
    DemoHttpServer first;
    const quint16 port = start(first);
    QVERIFY(port != 0);
    DemoHttpServer second;
    const auto answerNothing = [](const DemoRequest &) { return DemoResponse{}; };
    QCOMPARE(second.listen(QHostAddress::LocalHost, port, nullptr, answerNothing), quint16(0));
}

void TestDemoHttpServer::servesHttpsWithTheGivenCertificate()
{
    TestCertificate certificate;
    QVERIFY(certificate.generate());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate.certificate);
    tls.setPrivateKey(certificate.key);
    DemoHttpServer server;
    const quint16 port = start(server, {200, "text/plain", "secret hello", {}}, &tls);
    QVERIFY(port != 0);

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/over-tls"_qs.arg(port)));
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates({certificate.certificate});
    request.setSslConfiguration(trusting);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), "secret hello");
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().url.path(), u"/over-tls"_qs);
    delete reply;

    // Plain HTTP to the TLS port gets no answer from the handler.
    exchange(port, "GET /plain HTTP/1.1\r\nHost: a\r\n\r\n", 1);
    QCOMPARE(m_asked.size(), 1);
}

namespace {

// An answer whose body is `pieces` pieces of `pieceBytes` bytes, each made when asked for;
// `made` counts the pieces made so far.
DemoResponse inPieces(int pieces, int pieceBytes, std::shared_ptr<int> made)
{
    DemoResponse answer{200, "application/octet-stream", {}, {}};
    answer.bodyPieces = [pieces, pieceBytes, made]() {
        if (*made >= pieces)
            return QByteArray();
        return QByteArray(pieceBytes, char('a' + (*made)++ % 26));
    };
    return answer;
}

QByteArray wholeBody(int pieces, int pieceBytes)
{
    QByteArray body;
    for (int i = 0; i < pieces; ++i)
        body += QByteArray(pieceBytes, char('a' + i % 26));
    return body;
}

} // namespace

void TestDemoHttpServer::bodyInPiecesIsSentChunkedAsTheClientReads()
{
    constexpr int kPieces = 400;
    constexpr int kPieceBytes = 16 * 1024;   // 6.4 MB in all
    auto made = std::make_shared<int>(0);
    DemoHttpServer server;
    const quint16 port = server.listen(QHostAddress::LocalHost, 0, nullptr, [made](const DemoRequest &) {
        return inPieces(kPieces, kPieceBytes, made);
    });
    QVERIFY(port != 0);
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/v1/log/x/download-log"_qs.arg(port))));
    // A client that does not read: the server stops making pieces once the socket is full.
    reply->setReadBufferSize(64 * 1024);
    QTest::qWait(300);
    QVERIFY2(*made < kPieces, qPrintable(QString::number(*made)));
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, reply, [&] { received += reply->readAll(); });
    received += reply->readAll();   // what the full buffer holds already
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    received += reply->readAll();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/octet-stream"_qs);
    QCOMPARE(received.size(), qsizetype(kPieces) * kPieceBytes);
    QCOMPARE(received, wholeBody(kPieces, kPieceBytes));
    delete reply;
}

void TestDemoHttpServer::requestsAfterABodyInPiecesWaitTheirTurn()
{
    auto made = std::make_shared<int>(0);
    DemoHttpServer server;
    m_asked.clear();
    const quint16 port = server.listen(QHostAddress::LocalHost, 0, nullptr, [this, made](const DemoRequest &request) {
        m_asked << request;
        if (request.url.path() == u"/big")
            return inPieces(3, 10, made);
        return DemoResponse{200, "text/plain", "small", {}};
    });
    bool closed = true;
    const QByteArray received = exchange(port,
                                         "GET /big HTTP/1.1\r\nHost: a\r\n\r\n"
                                         "GET /small HTTP/1.1\r\nHost: a\r\n\r\n",
                                         2, &closed);
    QVERIFY2(!closed, received.constData());
    const qsizetype big = received.indexOf("Transfer-Encoding: chunked");
    const qsizetype end = received.indexOf("\r\n0\r\n\r\n");
    const qsizetype small = received.indexOf("small");
    QVERIFY2(big > 0 && end > big && small > end, received.constData());
    QVERIFY(received.contains("a\r\naaaaaaaaaa\r\na\r\nbbbbbbbbbb\r\na\r\ncccccccccc\r\n0\r\n\r\n"));
    QCOMPARE(m_asked.size(), 2);
}

QTEST_GUILESS_MAIN(TestDemoHttpServer)
#include "tst_demohttpserver.moc"
