#pragma once

#include "api/apierror.h"
#include "api/httpexchange.h"
#include "api/joblist.h"
#include "api/requestauthorizer.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

class CredentialProvider;
class QNetworkAccessManager;

// Which list and which page of it: the three list calls with their query parameters.
struct ListQuery
{
    enum class Call {
        Jobs,          // ListJob           GET /v1/job/list                 page_index from 0
        ProjectJobs,   // ListProjectJobs   GET /v1/job/{project_id}/list    page_index from 0
        Projects,      // ListRelatedProjectInfo GET /v1/domain/project/related-page  page_no from 1
    };
    Call call = Call::Jobs;
    QString projectId;      // ProjectJobs only: the CodeArts project ID (never a build project's)
    QString search;
    QString buildStatus;    // the service's build_status value (BuildStates::filterValue)
    QString sortField;
    QString sortOrder;      // ASC or DESC
    int pageSize = 100;     // sent as page_size; the service allows 1..100

    static constexpr int kMaxPageSize = 100;

    // The URL of the page with index `page` (0 = first, whatever the call's own numbering).
    QUrl pageUrl(const QUrl &baseUrl, int page) const;
};

// Fetches the pages of one list, up to a limit, under the same rules as ShowJobInfo (HttpExchange:
// deadline, body cap, same-origin redirects, TLS; credentials from a CredentialProvider, one
// fresh sign-in after a 401 for password profiles). The first page comes alone, to learn
// `total`; then up to kMaxInFlight pages at once, as many as `total` and the limit call for.
// Pages are handed out in order, without duplicates (items move between pages when jobs are
// added while paging), never more items than the limit. Throttled pages (HTTP 429, or
// CB.00060211 with HTTP 500) are retried after a pause, one page at a time from then on.
//
// What a list says about itself is not trusted to end it. Paging stops at an empty page, a
// short page, once the distinct items reach `total`, at a page that brings no new item (unless
// `total` grew meanwhile: items added in front shift the pages), and after kMaxPages pages,
// with a warning() that the list may be incomplete. Items beyond the page size asked for are
// ignored (with a warning()).
class ListPager : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;
    static constexpr int kMaxThrottleRetries = 3;
    static constexpr int kMaxPages = 1000;

    // Neither the network manager nor the provider is owned.
    ListPager(QNetworkAccessManager *nam, const ClientOptions &options, CredentialProvider *provider,
              ListQuery query, QObject *parent = nullptr);
    ~ListPager() override;

    // Items to fetch at most; 0 means all. Raising it after finished() with more() true fetches on
    // (the window's endless list does that as it scrolls).
    void setLimit(qint64 limit);
    qint64 limit() const { return m_limit; }

    // Starts on the next turn of the event loop.
    void start();
    // Stops every request; finished() follows with a Cancelled error unless already finished.
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    // The latest `total` the service announced, or -1.
    qint64 total() const { return m_total; }
    qint64 delivered() const { return m_delivered; }
    // True when the list has items beyond those delivered (the limit stopped it).
    bool hasMore() const;
    int requestsSent() const { return m_requestsSent; }
    // True when paging stopped because the answers could not be right (the page cap, pages
    // that repeat themselves while `total` says there is more): a warning() said so.
    bool mayBeIncomplete() const { return m_mayBeIncomplete; }
    // The largest number of requests that were in flight at once.
    int peakInFlight() const { return m_peakInFlight; }

signals:
    // The next items in list order.
    void itemsReady(const QList<QJsonObject> &items);
    void trace(const QString &line);
    // Something about the answers the user should know (each said once): the list may be
    // incomplete, a page held more items than asked for.
    void warning(const QString &message);
    // Once per start(): when the limit or the end of the list is reached, or on an error.
    void finished();

private:
    void onAuthorized(const AuthorizerPtr &authorizer);
    void request(int page);
    void onPageFinished(int page, HttpExchange *exchange);
    void onUnauthorized(int page, const ApiError &error);
    bool isThrottled(const ApiError &error) const;
    void retryLater(int page, const ApiError &error);
    void deliverInOrder();
    bool deliverPage(qint64 *pageFresh);
    void stopUntrusted(const QString &why);
    void schedule();
    int lastPageNeeded() const;
    void finish(ApiError error = {});

    QNetworkAccessManager *m_nam;
    ClientOptions m_options;
    QPointer<CredentialProvider> m_provider;
    ListQuery m_query;
    AuthorizerPtr m_authorizer;

    qint64 m_limit = 0;
    qint64 m_total = -1;
    qint64 m_delivered = 0;
    int m_nextToRequest = 0;
    int m_nextToDeliver = 0;
    bool m_endReached = false;   // a short page, or the end `total` announced
    struct ArrivedPage : ListPage
    {
        bool counted = false;
        qint64 fresh = 0;   // items no earlier page held
    };
    QMap<int, ArrivedPage> m_arrived;
    qint64 m_received = 0;       // items the delivered pages held, duplicates included
    bool m_emptyPageSeen = false;
    qint64 m_previousTotal = -1;   // the `total` of the page delivered before
    bool m_oversizeWarned = false;
    bool m_mayBeIncomplete = false;
    QHash<int, HttpExchange *> m_inFlight;
    QSet<int> m_awaitingRenewal;
    QHash<int, int> m_throttleRetries;
    QSet<QString> m_seenIds;
    bool m_renewing = false;
    bool m_renewed = false;
    bool m_throttled = false;
    bool m_started = false;
    bool m_finished = false;
    int m_requestsSent = 0;
    int m_peakInFlight = 0;
    ApiError m_error;
};
