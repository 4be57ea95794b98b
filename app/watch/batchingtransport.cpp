#include "watch/batchingtransport.h"

#include "api/httpexchange.h"
#include "api/jobclient.h"
#include "api/joblist.h"
#include "api/listpager.h"
#include "credentials/credentialprovider.h"

#include <QCoreApplication>
#include <QMap>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

BatchingTransport::BatchingTransport(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam)
{
    connect(&m_perJob, &ShowJobTransport::trace, this, &BatchingTransport::trace);
}

void BatchingTransport::addSource(const QString &source, JobClient *client, CredentialProvider *provider)
{
    m_sources.insert(source, {client, provider});
    m_perJob.addSource(source, client, provider);
}

QString BatchingTransport::projectKey(const WatchTarget &target)
{
    return target.source + u'\n' + target.endpoint + u'\n' + target.projectId;
}

QString BatchingTransport::projectKey(const PollBatch &batch)
{
    return batch.source + u'\n' + batch.endpoint + u'\n' + batch.projectId;
}

qint64 BatchingTransport::projectTotal(const WatchTarget &target) const
{
    return m_projects.value(projectKey(target)).total;
}

QList<PollBatch> BatchingTransport::plan(const QList<WatchTarget> &due, const QList<WatchTarget> &watched) const
{
    QHash<QString, int> watchedPerProject;
    for (const WatchTarget &target : watched) {
        if (!target.projectId.isEmpty())
            ++watchedPerProject[projectKey(target)];
    }
    QList<PollBatch> batches;
    QList<QString> projectOrder; // the order the projects' first jobs became due
    QHash<QString, QList<WatchTarget>> dueByProject;
    for (const WatchTarget &target : due) {
        if (target.projectId.isEmpty()) {
            batches.append({target.source, target.endpoint, target.projectId, {target.jobId}, false});
            continue;
        }
        const QString key = projectKey(target);
        if (!dueByProject.contains(key))
            projectOrder.append(key);
        dueByProject[key].append(target);
    }
    for (const QString &key : projectOrder)
        planProject(dueByProject.value(key), watchedPerProject.value(key), batches);
    return batches;
}

int BatchingTransport::Knowledge::pageCount() const
{
    return total < 0 ? 1 : std::max<int>(1, int((total + kPageSize - 1) / kPageSize));
}

// The pages that hold the due jobs (for a job not seen yet, every page not read without it
// since), or one ShowJobInfo per due job, whichever is fewer requests; a tie goes to the list,
// which also refreshes the project's other watched jobs.

void BatchingTransport::planProject(const QList<WatchTarget> &due, int watchedInProject, QList<PollBatch> &batches) const
{
    const WatchTarget &first = due.first();
    const Knowledge known = m_projects.value(projectKey(first));
    const int pageCount = known.pageCount();
    QMap<int, QStringList> jobsByPage;
    QStringList unseen;
    QList<int> unseenPages; // the pages a job not seen yet may be on
    for (const WatchTarget &target : due) {
        const int page = known.pages.value(target.jobId, -1);
        if (page >= 0 && page < pageCount) {
            jobsByPage[page].append(target.jobId);
            continue;
        }
        unseen.append(target.jobId);
        const QSet<int> absent = known.absentFrom.value(target.jobId);
        for (int candidate = 0; candidate < pageCount; ++candidate)
            if (!absent.contains(candidate) && !unseenPages.contains(candidate))
                unseenPages.append(candidate);
    }
    if (!unseen.isEmpty() && !unseenPages.isEmpty()) {
        std::sort(unseenPages.begin(), unseenPages.end());
        for (int page : std::as_const(unseenPages))
            jobsByPage[page]; // read them all
        jobsByPage[unseenPages.constLast()] += unseen;
    }
    const qsizetype listCost = jobsByPage.size() + (unseenPages.isEmpty() ? unseen.size() : 0);
    if (watchedInProject < 2 || listCost > due.size() || jobsByPage.isEmpty()) {
        for (const WatchTarget &target : due)
            batches.append({target.source, target.endpoint, target.projectId, {target.jobId}, false});
        return;
    }
    if (unseenPages.isEmpty()) { // on no page that is left to read: ask for them alone
        for (const QString &id : std::as_const(unseen))
            batches.append({first.source, first.endpoint, first.projectId, {id}, false});
    }
    for (auto it = jobsByPage.cbegin(); it != jobsByPage.cend(); ++it)
        batches.append({first.source, first.endpoint, first.projectId, it.value(), true, it.key()});
}

void BatchingTransport::send(const PollBatch &batch, Done done)
{
    if (!batch.listPage) {
        ++m_jobRequests;
        return m_perJob.send(batch, std::move(done));
    }
    const Source source = m_sources.value(batch.source);
    if (!source.client || !source.provider) {
        const ApiError error(ApiError::Kind::InvalidEndpoint,
                             QCoreApplication::translate("ShowJobTransport", "This request cannot be sent."));
        QTimer::singleShot(0, this, [done, error] { done({error, {}}); });
        return;
    }
    ++m_listRequests;
    sendListPage(batch, source, std::move(done));
}

void BatchingTransport::sendListPage(const PollBatch &batch, const Source &source, Done done)
{
    source.provider->authorizer(this, [this, batch, source, done](const CredentialResult &credentials) {
        if (!credentials.succeeded())
            return done({credentials.error, {}});
        requestPage(batch, source, credentials, false, done);
    });
}

void BatchingTransport::requestPage(const PollBatch &batch, const Source &source, const CredentialResult &credentials,
                                    bool renewed, Done done)
{
    if (!source.client || !source.provider)
        return done({ApiError(ApiError::Kind::Cancelled, QCoreApplication::translate("ListPager", "The request was cancelled.")), {}});
    ListQuery query;
    query.call = ListQuery::Call::ProjectJobs;
    query.projectId = batch.projectId;
    query.pageSize = kPageSize;
    const ClientOptions options = source.client->options();
    auto *exchange = new HttpExchange(this);
    connect(exchange, &HttpExchange::trace, this, &BatchingTransport::trace);
    connect(exchange, &HttpExchange::finished, this, [this, exchange, batch, source, renewed, done] {
        exchange->deleteLater();
        if (const std::optional<ApiError> &failure = exchange->transportError())
            return done({*failure, {}});
        std::variant<ListPage, ApiError> answer = ListAnswer::interpret(
            {exchange->httpStatus(), exchange->header("Content-Type"), exchange->body(),
             exchange->header("Retry-After"), exchange->header("X-Request-Id")});
        if (const ApiError *error = std::get_if<ApiError>(&answer)) {
            const bool rejected = error->kind == ApiError::Kind::Unauthorized;
            if (rejected && !renewed && source.provider && source.provider->canRenew()) {
                source.provider->renewAfterUnauthorized(this, [this, batch, source, done](const CredentialResult &result) {
                    if (!result.succeeded())
                        return done({result.error, {}});
                    requestPage(batch, source, result, true, done);
                });
                return;
            }
            return done({rejected && source.provider ? source.provider->explainRejection(*error) : *error, {}});
        }
        const ListPage &page = std::get<ListPage>(answer);
        PollOutcome outcome;
        for (const QJsonObject &item : page.items)
            outcome.jobs.append(jobFromListItem(item, batch.projectId));
        outcome.elsewhere = learn(batch, page.total.value_or(-1), outcome.jobs);
        done(outcome);
    });
    exchange->start(m_nam, QNetworkRequest(query.pageUrl(options.baseUrl, batch.page)), "GET", {}, options,
                    credentials.authorizer);
}

QStringList BatchingTransport::learn(const PollBatch &batch, qint64 total, const QList<JobInfo> &jobs)
{
    Knowledge &known = m_projects[projectKey(batch)];
    if (total >= 0)
        known.total = total;
    QSet<QString> described;
    for (const JobInfo &job : jobs) {
        known.pages.insert(job.id, batch.page);
        known.absentFrom.remove(job.id);
        described.insert(job.id);
    }
    QStringList elsewhere;
    for (const QString &id : batch.jobIds) {
        if (described.contains(id))
            continue;
        if (known.pages.value(id, -1) == batch.page)
            known.pages.remove(id);
        QSet<int> &absent = known.absentFrom[id];
        absent.insert(batch.page);
        if (absent.size() < known.pageCount()) {
            elsewhere.append(id);
        } else {
            known.absentFrom.remove(id); // on no page: asked for alone, searched again later
        }
    }
    return elsewhere;
}

void BatchingTransport::abortAll()
{
    m_perJob.abortAll();
    for (HttpExchange *exchange : findChildren<HttpExchange *>(Qt::FindDirectChildrenOnly))
        exchange->abort();
}

JobInfo BatchingTransport::jobFromListItem(const QJsonObject &item, const QString &projectId)
{
    QJsonObject fields = JobSummary::normalized(item);
    fields.remove(u"build_time"_qs);
    JobInfo job = JobInfo::fromJson(fields);
    job.projectId = projectId;
    const QString colour = item.value(u"last_build_status").toString();
    if (const BuildState state = BuildStates::fromApi(colour); !colour.isEmpty() && state != BuildState::Unknown)
        job.lastBuildStatus = BuildStates::name(state);
    job.runningStatus = item.value(u"last_job_running_status").toString();
    if (job.runningStatus.isEmpty() && item.value(u"is_finished").isBool())
        job.runningStatus = item.value(u"is_finished").toBool() ? u"Finished"_qs : u"Running"_qs;
    return job;
}
