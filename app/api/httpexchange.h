#pragma once

#include "api/apierror.h"
#include "api/requestauthorizer.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

struct ClientOptions
{
    QUrl baseUrl;                                   // e.g. https://cloudbuild-ext.cn-north-4.myhuaweicloud.com
    std::chrono::milliseconds timeout{30'000};      // whole transfer, connection included
    qint64 maxBodyBytes = 4 * 1024 * 1024;          // answers above this are aborted
    QList<QSslCertificate> extraCaCertificates;     // trusted in addition to the system's
};

// `base` with `path` appended to its own path ("https://gw/prefix/" + "/v1/x" = "https://gw/prefix/v1/x").
QUrl appendPath(const QUrl &base, const QString &path);

// One HTTP(S) exchange under the rules every call to Huawei Cloud shares: a deadline for the
// whole transfer, a cap on the body read as it arrives, redirects followed by this class only
// within the same origin (credentials never reach another site) and at most kMaxRedirects of
// them, TLS errors never ignored, and a trace with secrets redacted. It reports transport
// failures itself, a body that does not decompress and an answer cut off before its end
// included; what an HTTP answer means is left to the caller (see JobFetch).
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRedirects = 5;

    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;

    void start(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &verb,
               const QByteArray &body, const ClientOptions &options, const AuthorizerPtr &authorizer);
    // Stops the exchange; finished() follows with a Cancelled error.
    void abort();
    // Ends the exchange with `error` (used for refusals before anything is sent).
    void abortWith(ApiError error);
    // For calls that change something (run, stop): the body can be read once only, so Qt never
    // sends the request a second time on its own when a connection drops before the answer
    // (it otherwise does, even for POST). Call before start().
    void setSendOnce(bool once) { m_sendOnce = once; }
    // For a whole build log: the body of a successful answer (2xx, not JSON) is written into
    // `sink` as it arrives, without the body cap and without being kept, so memory stays the
    // same whatever its size. The timeout then bounds the time without data rather than the
    // whole transfer: a large log may take longer than that to arrive, but not in silence.
    // Other answers (errors, JSON, and a web page, which is a gateway's error page rather than
    // a log) are read as usual, under the cap, so that they can be understood. A sink that
    // refuses data ends the exchange. Not owned; call before start().
    void setBodySink(QIODevice *sink) { m_sink = sink; }

    bool isFinished() const { return m_finished; }
    // Set when no usable HTTP answer arrived (network, TLS, timeout, redirect, size, cancel).
    const std::optional<ApiError> &transportError() const { return m_transportError; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &body() const { return m_body; }
    // True when the body went into the sink (setBodySink()) rather than body().
    bool bodyWentToSink() const { return m_streaming; }
    qint64 bytesToSink() const { return m_sinkBytes; }
    QByteArray header(const QByteArray &name) const;
    qint64 elapsedMs() const { return m_elapsedMs; }
    // How many redirects were followed.
    int redirects() const { return m_redirects; }

    static QByteArray userAgent();

signals:
    void trace(const QString &line);
    // Bytes written into the sink so far, and how many the answer announced (-1: unknown).
    void sinkProgress(qint64 written, qint64 total);
    void finished();

private:
    void send(QNetworkRequest request);
    void followRedirect();
    void onReplyError(QNetworkReply::NetworkError code);
    ApiError decompressionFailure() const;
    bool bodyWasCutOff() const;
    void onMetaDataChanged();
    void onReadyRead();
    void writeToSink();
    void onDeadline();
    void onDataArrived();
    bool pastDeadline() const;
    void onReplyFinished();
    void finish();
    std::optional<ApiError> unusableAnswer(QNetworkReply::NetworkError code) const;
    void traceRequest(const QNetworkRequest &request, const QByteArray &verb);
    void traceResponse();

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkRequest m_request;   // as given, before credentials: a redirect is authorized anew
    QByteArray m_verb;
    QByteArray m_requestBody;
    AuthorizerPtr m_authorizer;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QElapsedTimer m_silence;   // since the last data went to the sink
    qint64 m_maxBodyBytes = 0;
    QByteArray m_body;
    QPointer<QIODevice> m_sink;
    qint64 m_sinkBytes = 0;
    qint64 m_announcedBytes = -1;
    bool m_streaming = false;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    std::optional<ApiError> m_abortReason;
    std::optional<ApiError> m_transportError;
    QStringList m_tlsErrors;
    int m_httpStatus = 0;
    int m_redirects = 0;
    qint64 m_elapsedMs = 0;
    bool m_finished = false;
    bool m_sendOnce = false;
};
