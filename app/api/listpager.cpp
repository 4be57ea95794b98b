#include "api/listpager.h"

#include "api/endpoints.h"
#include "api/jobid.h"
#include "credentials/credentialprovider.h"

#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListPager)
};

// JobAnswer words its errors for one job; a list is refused or missing as a whole.
ApiError forList(ApiError error, ListQuery::Call call)
{
    if (error.kind == ApiError::Kind::Forbidden) {
        error.message = Text::tr("You have no permission to list these.");
        error.hint = Text::tr("Check that the token belongs to the right project and account.");
    } else if (error.kind == ApiError::Kind::NotFound) {
        error.message = call == ListQuery::Call::ProjectJobs
            ? Text::tr("No project with this ID was found.")
            : Text::tr("The service does not offer this list here.");
        error.hint = Text::tr("Check the endpoint and that it is in the right region.");
    } else if (error.kind == ApiError::Kind::ServiceFailure) {
        error.message = Text::tr("The service could not return the list.");
    }
    return error;
}

QString itemId(const QJsonObject &item)
{
    const QJsonValue id = item.value(u"id");
    return id.isString() ? id.toString() : item.value(u"identifier").toString();
}

} // namespace

QUrl ListQuery::pageUrl(const QUrl &baseUrl, int page) const
{
    QString path;
    QUrlQuery query;
    switch (call) {
    case Call::Jobs:
        path = u"/v1/job/list"_qs;
        query.addQueryItem(u"page_index"_qs, QString::number(page));
        break;
    case Call::ProjectJobs:
        path = u"/v1/job/"_qs + projectId + u"/list"_qs;
        query.addQueryItem(u"page_index"_qs, QString::number(page));
        break;
    case Call::Projects:
        path = u"/v1/domain/project/related-page"_qs;
        query.addQueryItem(u"page_no"_qs, QString::number(page + 1));
        break;
    }
    query.addQueryItem(u"page_size"_qs, QString::number(qBound(1, pageSize, kMaxPageSize)));
    const auto addIfSet = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty()) // QUrlQuery leaves '+' alone; encode it so it is not read as a space
            query.addQueryItem(name, QString(value).replace(u'+', u"%2B"_qs));
    };
    addIfSet(u"search"_qs, search);
    if (call != Call::Projects) {
        addIfSet(u"build_status"_qs, buildStatus);
        addIfSet(u"sort_field"_qs, sortField);
        addIfSet(u"sort_order"_qs, sortOrder);
    }
    QUrl url = appendPath(baseUrl, path);
    url.setQuery(query);
    return url;
}

ListPager::ListPager(QNetworkAccessManager *nam, const ClientOptions &options, CredentialProvider *provider,
                     ListQuery query, QObject *parent)
    : QObject(parent), m_nam(nam), m_options(options), m_provider(provider), m_query(std::move(query))
{
    m_query.pageSize = qBound(1, m_query.pageSize, ListQuery::kMaxPageSize);
}

ListPager::~ListPager()
{
    for (HttpExchange *exchange : std::as_const(m_inFlight))
        exchange->disconnect(this);
}

void ListPager::setLimit(qint64 limit)
{
    m_limit = qMax<qint64>(0, limit);
}

bool ListPager::hasMore() const
{
    return !m_endReached || !m_arrived.isEmpty();
}

void ListPager::start()
{
    if (m_started && !m_finished)
        return;
    m_finished = false;
    m_error = {};
    if (m_started) { // fetching on after the limit was raised
        QTimer::singleShot(0, this, &ListPager::deliverInOrder);
        return;
    }
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (const QString why = Endpoints::whyUnusable(m_options.baseUrl); !why.isEmpty())
            return finish({ApiError::Kind::InvalidEndpoint, why});
        if (m_query.call == ListQuery::Call::ProjectJobs && !JobId::isValid(m_query.projectId))
            return finish({ApiError::Kind::InvalidJobId,
                           Text::tr("\"%1\" is not a project ID.").arg(m_query.projectId),
                           Text::tr("A CodeArts project ID has 32 letters and digits.")});
        if (!m_provider)
            return finish({ApiError::Kind::MissingCredentials, Text::tr("No credentials were given.")});
        m_provider->authorizer(this, [this](const CredentialResult &result) {
            if (!result.succeeded())
                return finish(result.error);
            onAuthorized(result.authorizer);
        });
    });
}

void ListPager::abort()
{
    finish({ApiError::Kind::Cancelled, Text::tr("The request was cancelled.")});
}

void ListPager::onAuthorized(const AuthorizerPtr &authorizer)
{
    if (m_finished)
        return;
    m_authorizer = authorizer;
    schedule();
}

void ListPager::request(int page)
{
    auto *exchange = new HttpExchange(this);
    m_inFlight.insert(page, exchange);
    ++m_requestsSent;
    m_peakInFlight = qMax(m_peakInFlight, int(m_inFlight.size()));
    connect(exchange, &HttpExchange::trace, this, &ListPager::trace);
    connect(exchange, &HttpExchange::finished, this, [this, page, exchange] { onPageFinished(page, exchange); });
    exchange->start(m_nam, QNetworkRequest(m_query.pageUrl(m_options.baseUrl, page)), "GET", {}, m_options,
                    m_authorizer);
}

void ListPager::onPageFinished(int page, HttpExchange *exchange)
{
    exchange->deleteLater();
    if (m_inFlight.value(page) != exchange)
        return;
    m_inFlight.remove(page);
    if (m_finished)
        return;
    if (const auto &failure = exchange->transportError())
        return finish(*failure);
    std::variant<ListPage, ApiError> answer = ListAnswer::interpret(
        {exchange->httpStatus(), exchange->header("Content-Type"), exchange->body(),
         exchange->header("Retry-After"), exchange->header("X-Request-Id")});
    if (ApiError *error = std::get_if<ApiError>(&answer)) {
        if (error->kind == ApiError::Kind::Unauthorized)
            return onUnauthorized(page, *error);
        if (isThrottled(*error))
            return retryLater(page, *error);
        return finish(forList(*error, m_query.call));
    }
    ListPage &arrived = std::get<ListPage>(answer);
    if (arrived.total)
        m_total = *arrived.total; // the latest word: jobs come and go while paging
    if (arrived.items.size() > m_query.pageSize) {
        emit trace(Text::tr("Page %1 held %2 items; only the %3 asked for are used.")
                       .arg(page).arg(arrived.items.size()).arg(m_query.pageSize));
        if (!m_oversizeWarned)
            emit warning(Text::tr("The service sent more items per page than asked for; the extra items were ignored."));
        m_oversizeWarned = true;
        arrived.items.resize(m_query.pageSize);
    }
    ArrivedPage kept;
    kept.total = arrived.total;
    kept.items = std::move(arrived.items);
    m_arrived.insert(page, std::move(kept));
    deliverInOrder();
}

// One fresh sign-in for the whole list (password profiles), then the refused pages again.
void ListPager::onUnauthorized(int page, const ApiError &error)
{
    if (m_renewing) {
        m_awaitingRenewal.insert(page);
        return;
    }
    if (m_renewed || !m_provider || !m_provider->canRenew())
        return finish(m_provider ? m_provider->explainRejection(error) : error);
    m_renewing = true;
    m_renewed = true;
    m_awaitingRenewal.insert(page);
    m_provider->renewAfterUnauthorized(this, [this](const CredentialResult &result) {
        m_renewing = false;
        if (!result.succeeded())
            return finish(result.error);
        m_authorizer = result.authorizer;
        const QList<int> pages = m_awaitingRenewal.values();
        m_awaitingRenewal.clear();
        for (int refused : pages)
            request(refused);
        schedule();
    });
}

bool ListPager::isThrottled(const ApiError &error) const
{
    return error.kind == ApiError::Kind::RateLimited
        || (error.httpStatus == 500 && error.errorCode == u"CB.00060211");
}

void ListPager::retryLater(int page, const ApiError &error)
{
    const int attempt = ++m_throttleRetries[page];
    if (attempt > kMaxThrottleRetries)
        return finish(error);
    m_throttled = true; // one page at a time from now on
    const int delayMs = error.retryDelayMs(attempt);
    emit trace(Text::tr("Throttled; asking for page %1 again in %2 ms.").arg(page).arg(delayMs));
    m_awaitingRenewal.insert(page); // held back from schedule() until the timer fires
    QTimer::singleShot(delayMs, this, [this, page] {
        if (m_finished || !m_awaitingRenewal.remove(page))
            return;
        request(page);
    });
}

void ListPager::deliverInOrder()
{
    if (m_finished)
        return;
    bool limitReached = m_limit > 0 && m_delivered >= m_limit;
    while (!limitReached && m_arrived.contains(m_nextToDeliver)) {
        qint64 pageFresh = 0;
        const auto next = m_arrived.constFind(m_nextToDeliver);
        const qint64 pageTotal = next->total.value_or(-1);
        const bool pageEmpty = !next->counted && next->items.isEmpty();
        const bool pageFull = next->counted || next->items.size() >= m_query.pageSize;
        const bool whole = deliverPage(&pageFresh);
        limitReached = m_limit > 0 && m_delivered >= m_limit;
        if (!whole)
            break; // the limit stopped inside the page: the rest waits for a raised limit
        const bool grew = pageTotal > m_previousTotal && m_previousTotal >= 0;
        m_previousTotal = qMax(m_previousTotal, pageTotal);
        if (m_finished)
            return;
        if (pageEmpty) {
            m_endReached = true;
        } else if (pageFresh == 0 && !grew && !limitReached) {
            // A page of items already seen, the list not grown: the service repeats itself.
            if (m_total >= 0 && m_delivered < m_total)
                return stopUntrusted(Text::tr("The service sent page %1 with nothing new while it says the list "
                                              "holds %2 items; the list may be incomplete.")
                                         .arg(m_nextToDeliver).arg(m_total));
            m_endReached = true;
        } else if (m_total >= 0 && m_delivered >= m_total) {
            m_endReached = true;
        } else if (m_nextToDeliver >= kMaxPages && pageFull && !limitReached) {
            return stopUntrusted(Text::tr("Stopped after %1 pages (%2 items); the list may be incomplete.")
                                     .arg(kMaxPages).arg(m_delivered));
        }
        if (m_endReached)
            break;
    }
    // Where the list ends: an empty page, or past `total` (a short page when there is none).
    if (!m_endReached && m_nextToDeliver > 0 && !m_arrived.contains(m_nextToDeliver - 1)) {
        const qint64 seen = qint64(m_nextToDeliver) * m_query.pageSize;
        m_endReached = m_emptyPageSeen || (m_total >= 0 ? seen >= m_total : m_received < seen);
    }
    if (m_endReached || limitReached)
        return finish();
    schedule();
}

// Hands out the new items of the next page; false when the limit leaves some of them waiting.
bool ListPager::deliverPage(qint64 *pageFresh)
{
    ArrivedPage &page = m_arrived[m_nextToDeliver];
    if (!page.counted) {
        page.counted = true;
        m_received += page.items.size();
        m_emptyPageSeen = m_emptyPageSeen || page.items.isEmpty();
    }
    QList<QJsonObject> fresh;
    for (QJsonObject &item : page.items) {
        const QString id = itemId(item);
        if (id.isEmpty() || !m_seenIds.contains(id)) {
            if (!id.isEmpty())
                m_seenIds.insert(id);
            fresh.append(std::move(item));
        }
    }
    page.items.clear();
    page.fresh += fresh.size();
    const qint64 room = m_limit > 0 ? m_limit - m_delivered : fresh.size();
    if (fresh.size() > room) { // keep the rest for a raised limit
        page.items = fresh.mid(room);
        for (const QJsonObject &kept : std::as_const(page.items))
            m_seenIds.remove(itemId(kept));
        page.fresh -= page.items.size();
        fresh.resize(room);
    }
    m_delivered += fresh.size();
    *pageFresh = page.fresh;
    if (!fresh.isEmpty())
        emit itemsReady(fresh);
    if (!page.items.isEmpty())
        return false;
    m_arrived.remove(m_nextToDeliver);
    ++m_nextToDeliver;
    return true;
}

void ListPager::stopUntrusted(const QString &why)
{
    m_mayBeIncomplete = true;
    m_endReached = true;
    emit warning(why);
    finish();
}

// The last page worth asking for now: the first alone, then what `total` and the limit call for.
int ListPager::lastPageNeeded() const
{
    if (m_nextToDeliver == 0 && m_total < 0)
        return 0;
    if (m_total < 0) // no total: one page after another until a short one
        return qMin(m_nextToDeliver, kMaxPages - 1);
    const int pageSize = m_query.pageSize;
    qint64 last = qMin<qint64>((m_total + pageSize - 1) / pageSize - 1, kMaxPages - 1);
    if (m_limit > 0) {
        const qint64 remaining = m_limit - m_delivered;
        last = qMin(last, m_nextToDeliver + (remaining + pageSize - 1) / pageSize - 1);
    }
    return int(qMin<qint64>(last, std::numeric_limits<int>::max()));
}

void ListPager::schedule()
{
    if (m_finished || !m_authorizer || m_renewing)
        return;
    const int maxInFlight = m_throttled ? 1 : kMaxInFlight;
    const int last = lastPageNeeded();
    for (int page = m_nextToDeliver; page <= last && m_inFlight.size() < maxInFlight; ++page) {
        if (!m_arrived.contains(page) && !m_inFlight.contains(page) && !m_awaitingRenewal.contains(page))
            request(page);
    }
    if (m_inFlight.isEmpty() && m_awaitingRenewal.isEmpty() && !m_arrived.contains(m_nextToDeliver)) {
        m_endReached = true; // `total` says there is nothing more
        finish();
    }
}

void ListPager::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    // Pages beyond the limit are not needed now; a raised limit asks for them again.
    const QList<HttpExchange *> inFlight = m_inFlight.values();
    m_inFlight.clear();
    m_awaitingRenewal.clear();
    for (HttpExchange *exchange : inFlight) {
        exchange->disconnect(this);
        exchange->abort();
        exchange->deleteLater();
    }
    emit finished();
}
