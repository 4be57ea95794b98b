#pragma once

#include "watch/pollscheduler.h"
#include "watch/showjobtransport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class CredentialProvider;
class JobClient;
class QNetworkAccessManager;
struct CredentialResult;

// Polls with the fewest requests: per CodeArts project, either ShowJobInfo for each due job
// (through ShowJobTransport) or ListProjectJobs pages of up to 100 jobs, each of which
// refreshes every watched job it describes (status, running status, health, last build time).
// It is both the scheduler's transport and its planner (setPlanner()), because the pages it
// fetches teach it how many jobs a project has and on which page each job was seen.
//
// Per project, a list is chosen when more than one of its jobs is watched and the pages to read
// are no more than the due jobs; a job whose page is not known yet rides on the last of
// the pages it may be on (PollOutcome::elsewhere when that page did not hold it either, while
// pages are left). The scheduler falls back to ShowJobInfo for a while for the jobs of a
// page that failed or did not describe them (WatchSettings::listRetryMs). List pages are never
// retried here: throttling and 401s go back to the scheduler, which backs off the endpoint or
// stops the source; a password profile signs in again once after a 401, as ShowJobInfo does.
class BatchingTransport : public QObject, public PollTransport, public BatchPlanner
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    // The network manager is not owned; list pages go through it.
    explicit BatchingTransport(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // As ShowJobTransport::addSource(); list pages use the client's options (base URL, timeout,
    // CA certificates). Neither is owned.
    void addSource(const QString &source, JobClient *client, CredentialProvider *provider);
    void send(const PollBatch &batch, Done done) override;
    QList<PollBatch> plan(const QList<WatchTarget> &due, const QList<WatchTarget> &watched) const override;
    // Stops every request in flight; each one's Done runs with a Cancelled error.
    void abortAll();

    // The number of jobs the project's last list page announced, or -1.
    qint64 projectTotal(const WatchTarget &target) const;
    // Requests sent so far: ShowJobInfo calls and list pages.
    int jobRequests() const { return m_jobRequests; }
    int listRequests() const { return m_listRequests; }

    // One ListProjectJobs item as a job: colours become ShowJobInfo's words (blue -> success,
    // building -> running...), last_job_running_status becomes running_status; the list's
    // build_time (another unit than ShowJobInfo's) is left out.
    static JobInfo jobFromListItem(const QJsonObject &item, const QString &projectId);

signals:
    void trace(const QString &line);

private:
    struct Source
    {
        QPointer<JobClient> client;
        QPointer<CredentialProvider> provider;
    };
    struct Knowledge
    {
        qint64 total = -1;   // jobs in the project, from the last page
        QHash<QString, int> pages;   // job -> page it was last seen on
        QHash<QString, QSet<int>> absentFrom;   // job -> pages read since that did not hold it

        int pageCount() const;
    };

    void sendListPage(const PollBatch &batch, const Source &source, Done done);
    void requestPage(const PollBatch &batch, const Source &source, const CredentialResult &credentials,
                     bool renewed, Done done);
    // Remembers what the page said; returns the batch's undescribed jobs that another page may hold.
    QStringList learn(const PollBatch &batch, qint64 total, const QList<JobInfo> &jobs);
    void planProject(const QList<WatchTarget> &due, int watchedInProject, QList<PollBatch> &batches) const;
    static QString projectKey(const WatchTarget &target);
    static QString projectKey(const PollBatch &batch);

    QNetworkAccessManager *m_nam;
    ShowJobTransport m_perJob;
    QHash<QString, Source> m_sources;
    QHash<QString, Knowledge> m_projects;   // by projectKey()
    int m_jobRequests = 0;
    int m_listRequests = 0;
};
