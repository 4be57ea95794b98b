#include "logs/failuresummary.h"

#include "api/buildclient.h"
#include "api/requestgate.h"
#include "logs/buildlogfetch.h"
#include "logs/linesplitter.h"
#include "logs/logsanitizer.h"

#include <QIODevice>

namespace {

constexpr qint64 kFirstThrottleBackoffMs = 10'000;
constexpr qint64 kMaxThrottleBackoffMs = 10 * 60'000;

bool isThrottling(const ApiError &error)
{
    return error.kind == ApiError::Kind::RateLimited || error.errorCode == u"CB.00060211";
}

} // namespace

// Where the log goes, byte by byte as it arrives: made plain (no escape sequence, valid
// Unicode, LF line ends), cut into lines, and fed to the extractor, which keeps a bounded
// number of them.
class FailureSummary::LineSink final : public QIODevice
{
public:
    LineSink() { open(QIODevice::WriteOnly); }

    void addText(QStringView text) { addLines(m_splitter.feed(m_sanitizer.feed(text))); }
    FailureReport finish()
    {
        addLines(m_splitter.feed(m_sanitizer.finish()));
        if (const std::optional<QString> last = m_splitter.finish())
            m_extractor.addLine(*last);
        return m_extractor.report();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        addLines(m_splitter.feed(m_sanitizer.feed(QByteArrayView(data, size))));
        return size;
    }

private:
    void addLines(const QStringList &lines)
    {
        for (const QString &line : lines)
            m_extractor.addLine(line);
    }

    LogSanitizer m_sanitizer{LogSanitizer::Mode::Plain};
    LineSplitter m_splitter;
    FailureExtractor m_extractor;
};

FailureSummary::FailureSummary(BuildClient *client, QString jobId, int buildNumber, QObject *parent)
    : QObject(parent), m_client(client), m_jobId(std::move(jobId)), m_number(buildNumber)
{
    m_details.number = buildNumber;
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer);   // never before Retry-After: a coarse timer may fire early
    connect(&m_wait, &QTimer::timeout, this, [this] { send(m_lastMake, m_lastHandler); });
}

FailureSummary::~FailureSummary() = default;

bool FailureSummary::explains(const QString &result)
{
    return result == u"failure" || result == u"timeout";
}

void FailureSummary::setDetails(const BuildDetails &details, const BuildRecordDetail &record)
{
    m_details = details;
    m_record = record;
    m_haveDetails = true;
}

bool FailureSummary::buildFailed() const
{
    // Where only the old steps call answered, the result is unknown: a failed step says it.
    return explains(m_details.result) || (m_details.result.isEmpty() && m_details.failedStep() >= 0);
}

std::optional<QString> FailureSummary::failedStep() const
{
    const int index = m_details.failedStep();
    if (index < 0 || m_details.steps.at(index).name.isEmpty())
        return std::nullopt;
    return m_details.steps.at(index).name;
}

std::optional<QString> FailureSummary::errorLine() const
{
    if (!m_report.explanation)
        return std::nullopt;
    QString line = m_report.explanation->text.simplified();
    if (line.size() > kMaxErrorLineChars)
        line = line.first(kMaxErrorLineChars - 1) + u'…';
    return line;
}

void FailureSummary::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_finished || m_started)
            return;
        m_started = true;
        if (m_haveDetails)
            return afterDetails();
        send([this] { return m_client->recordInfo(m_jobId, m_number); }, &FailureSummary::onRecord);
    });
}

void FailureSummary::abort()
{
    if (m_finished)
        return;
    if (BuildCall *call = m_call.data()) {
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
    if (BuildLogFetch *pages = m_pages.data()) {
        pages->disconnect(this);
        pages->abort();
        pages->deleteLater();
    }
    finish({ApiError::Kind::Cancelled, tr("The request was cancelled.")});
}

void FailureSummary::send(std::function<BuildCall *()> make, Handler handler)
{
    m_lastMake = make;
    m_lastHandler = handler;
    const auto go = [this, make, handler] {
        if (m_finished)
            return;
        BuildCall *call = make();
        call->setParent(this);
        m_call = call;
        connect(call, &BuildCall::trace, this, &FailureSummary::trace);
        connect(call, &BuildCall::finished, this, [this, call, handler] {
            call->deleteLater();
            if (!m_finished)
                (this->*handler)(call);
        });
    };
    if (m_gate)
        m_gate->whenAllowed(this, go);
    else
        go();
}

// A route the gateway does not know (404), not a build that does not exist (422 CB.00031006).
bool FailureSummary::isUnpublished(const BuildCall &call)
{
    return call.httpStatus() == 404 && call.error().kind == ApiError::Kind::NotFound;
}

void FailureSummary::onRecord(BuildCall *call)
{
    if (!call->succeeded()) {
        if (isUnpublished(*call))
            return send([this] { return m_client->historyDetails(m_jobId, m_number); }, &FailureSummary::onHistory);
        if (!waitAfterThrottling(call->error()))
            finish(call->error());
        return;
    }
    m_record = BuildParse::recordDetail(call->json().value(u"result").toObject());
    m_details.result = m_record.result;
    m_details.branch = m_record.branch.isEmpty() ? m_record.tag : m_record.branch;
    if (!explains(m_details.result))
        return finish();   // nothing to explain: no more requests
    const QString recordId = m_record.recordId;
    send([this, recordId] { return m_client->fullStages(recordId); }, &FailureSummary::onStages);
}

void FailureSummary::onStages(BuildCall *call)
{
    if (!call->succeeded()) {
        if (isUnpublished(*call))
            return send([this] { return m_client->historyDetails(m_jobId, m_number); }, &FailureSummary::onHistory);
        if (!waitAfterThrottling(call->error()))
            finish(call->error());
        return;
    }
    m_details.steps = BuildParse::fullStages(call->json().value(u"result").toObject());
    afterDetails();
}

// The old group's ShowHistoryDetails, where record-info or full-stages are not published.
void FailureSummary::onHistory(BuildCall *call)
{
    if (!call->succeeded()) {
        if (!waitAfterThrottling(call->error()))
            finish(call->error());
        return;
    }
    const QString result = m_details.result;
    m_details = BuildParse::historyDetails(call->json());
    m_details.number = m_number;
    m_details.result = result;
    m_details.parameters.clear();
    afterDetails();
}

void FailureSummary::afterDetails()
{
    if (!buildFailed())
        return finish();
    readLog();
}

void FailureSummary::readLog()
{
    m_sink = std::make_unique<LineSink>();
    if (m_record.recordId.isEmpty() || m_downloadUnpublished)
        return readPages();
    const QString recordId = m_record.recordId;
    send([this, recordId] { return m_client->downloadLog(recordId, m_sink.get()); }, &FailureSummary::onDownload);
}

void FailureSummary::onDownload(BuildCall *call)
{
    if (!call->succeeded()) {
        if (isUnpublished(*call)) {
            m_downloadUnpublished = true;
            emit trace(tr("The log download is not published here; reading the log page by page."));
            return readLog();
        }
        if (isThrottling(call->error()))
            m_sink = std::make_unique<LineSink>();   // asked again from the start
        if (!waitAfterThrottling(call->error()))
            finish(call->error());
        return;
    }
    m_report = m_sink->finish();
    m_logRead = true;
    finish();
}

// The real-time log's pages, where the whole file cannot be had.
void FailureSummary::readPages()
{
    auto *pages = new BuildLogFetch(m_client, m_jobId, m_number, this);
    m_pages = pages;
    pages->setRequestGate(m_gate);
    connect(pages, &BuildLogFetch::trace, this, &FailureSummary::trace);
    connect(pages, &BuildLogFetch::linesArrived, this, [this](const QList<LogLine> &lines) {
        for (const LogLine &line : lines) {
            m_sink->addText(line.text);
            m_sink->addText(u"\n");
        }
    });
    connect(pages, &BuildLogFetch::throttled, this, [this, pages](qint64 delayMs) {
        emit throttled(delayMs);
        if (m_waitWhenThrottled)
            return;
        pages->disconnect(this);
        pages->abort();
        pages->deleteLater();
        finish({ApiError::Kind::RateLimited, tr("Too many requests: CodeArts Build is throttling you."),
                tr("The log was not read; nothing was repeated.")});
    });
    connect(pages, &BuildLogFetch::finished, this, [this, pages] {
        pages->deleteLater();
        if (pages->error().isError())
            return finish(pages->error());
        m_report = m_sink->finish();
        m_logRead = true;
        finish();
    });
    pages->start();
}

// After throttling, with waiting on: the same request later; false when the error ends it.
bool FailureSummary::waitAfterThrottling(const ApiError &error)
{
    if (!isThrottling(error))
        return false;
    const qint64 backoff = qMin(kFirstThrottleBackoffMs << qMin(m_throttledInARow, 10), kMaxThrottleBackoffMs);
    ++m_throttledInARow;
    const qint64 delay = error.retryAfterSeconds > 0 ? qMin(qint64(error.retryAfterSeconds) * 1000, kMaxRetryAfterMs)
                                                     : backoff;
    emit throttled(delay);
    if (m_gate)
        m_gate->throttled(delay);
    if (!m_waitWhenThrottled)
        return false;
    m_wait.start(int(delay));
    return true;
}

void FailureSummary::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_wait.stop();
    m_error = std::move(error);
    emit finished();
}
