#include "api/listpager.h"
#include "credentials/credentialprovider.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "recordingserver.h"
#include "testcertificate.h"
#include "sandbox/demohttpserver.h"
#include "sandbox/demosandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>

// ListPager against real HTTP on 127.0.0.1: a scripted server whose `total` can change between
// pages, and the demo sandbox's lists.
class TestListPager : public QObject
{
    Q_OBJECT

private:
    // Serves ListJob pages of the jobs job-0, job-1... The script says, for a page index, how
    // many jobs exist at that moment; pages are cut from that.
    struct ScriptedService
    {
        std::function<int(int page)> totalAt = [](int) { return 250; };
        std::function<int(int page)> offsetAt = [](int) { return 0; }; // items inserted in front
        bool samePage = false;   // every page holds the first page's items
        int itemsPerPage = 0;    // more than asked for; 0: as asked
        bool fullPages = false;  // pages beyond `total` are full anyway
        QList<int> pagesAsked;
        int throttleFirst = 0; // answer this many requests with 429 first
        DemoHttpServer server;
        quint16 port = 0;

        ScriptedService()
        {
            port = server.listen(QHostAddress::LocalHost, 0, nullptr, [this](const DemoRequest &request) {
                return answer(request);
            });
        }

        DemoResponse answer(const DemoRequest &request)
        {
            if (throttleFirst > 0) {
                --throttleFirst;
                return {429, "application/json", R"({"error_code":"APIG.0308","error_msg":"throttled"})",
                        {{"Retry-After", "0"}}};
            }
            if (request.header("X-Auth-Token") != "good-token")
                return {401, "application/json", R"({"error_code":"APIG.0301","error_msg":"verify token fail"})", {}};
            const QUrlQuery query(request.url);
            const int page = query.queryItemValue(u"page_index"_qs).toInt();
            const int size = query.queryItemValue(u"page_size"_qs).toInt();
            pagesAsked << page;
            const int total = totalAt(page);
            const int offset = offsetAt(page);
            const int count = itemsPerPage > 0 ? itemsPerPage : size;
            const int first = samePage ? 0 : page * count;
            const int end = fullPages ? first + count : qMin(total, first + count);
            QJsonArray items;
            for (int i = first; i < end; ++i)
                items.append(QJsonObject{{u"id"_qs, u"job-%1"_qs.arg(i - offset)}});
            const QJsonObject body{{u"result"_qs, QJsonObject{{u"job_list"_qs, items}, {u"total"_qs, total}}},
                                   {u"status"_qs, u"success"_qs}};
            return {200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
        }

        QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_qs.arg(port)); }
    };

    struct Run
    {
        QStringList ids;
        ApiError error;
        int requests = 0;
        int peak = 0;
        QStringList warnings;
        bool mayBeIncomplete = false;
    };

    static Run fetchAll(const QUrl &url, qint64 limit, const QByteArray &token = "good-token",
                        ListQuery query = {}, std::unique_ptr<CredentialProvider> given = {})
    {
        ClientOptions options;
        options.baseUrl = url;
        return fetchAllWith(options, limit, given ? std::move(given) : CredentialProvider::forToken(token), query);
    }

    static Run fetchAllWith(const ClientOptions &options, qint64 limit,
                            std::unique_ptr<CredentialProvider> provider, ListQuery query = {})
    {
        QNetworkAccessManager nam;
        ListPager pager(&nam, options, provider.get(), query);
        pager.setLimit(limit);
        Run run;
        connect(&pager, &ListPager::warning, &pager, [&run](const QString &warning) { run.warnings << warning; });
        connect(&pager, &ListPager::itemsReady, &pager, [&run](const QList<QJsonObject> &items) {
            for (const QJsonObject &item : items)
                run.ids << (item.contains(u"id") ? item[u"id"].toString() : item[u"identifier"].toString());
        });
        QSignalSpy finished(&pager, &ListPager::finished);
        pager.start();
        if (!finished.wait(20'000))
            qWarning("pager did not finish");
        run.error = pager.error();
        run.requests = pager.requestsSent();
        run.peak = pager.peakInFlight();
        run.mayBeIncomplete = pager.mayBeIncomplete();
        return run;
    }

    static void writeSecret(ProfileStore &store, const Profile &profile, ProfileSecret which, const QByteArray &value)
    {
        SecretJob *job = store.writeSecret(profile, which, value);
        QSignalSpy finished(job, &SecretJob::finished);
        QVERIFY(job->isFinished() || finished.wait(5000));
        QVERIFY(job->succeeded());
    }

    static QStringList expectedIds(int from, int to)
    {
        QStringList ids;
        for (int i = from; i < to; ++i)
            ids << u"job-%1"_qs.arg(i);
        return ids;
    }

private slots:
    void firstMiddleAndLastPage()
    {
        ScriptedService service;
        const Run run = fetchAll(service.url(), 0);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.oneLine()));
        QCOMPARE(run.ids, expectedIds(0, 250)); // in order, the short last page included
        QCOMPARE(run.requests, 3);
        std::sort(service.pagesAsked.begin(), service.pagesAsked.end());
        QCOMPARE(service.pagesAsked, (QList<int>{0, 1, 2}));
    }

    void stopsAtTheLimit()
    {
        ScriptedService service;
        const Run run = fetchAll(service.url(), 120);
        QCOMPARE(run.ids, expectedIds(0, 120));
        QCOMPARE(service.pagesAsked.size(), 2);
    }

    void atMostFourPagesInFlight()
    {
        ScriptedService service;
        service.totalAt = [](int) { return 2000; };
        const Run run = fetchAll(service.url(), 0);
        QCOMPARE(run.ids.size(), 2000);
        QCOMPARE(run.requests, 20);
        QCOMPARE(run.peak, ListPager::kMaxInFlight);
    }

    void emptyList()
    {
        ScriptedService service;
        service.totalAt = [](int) { return 0; };
        const Run run = fetchAll(service.url(), 0);
        QVERIFY(!run.error.isError());
        QVERIFY(run.ids.isEmpty());
        QCOMPARE(run.requests, 1);
    }

    void totalShrinksBetweenPages()
    {
        ScriptedService service;
        service.totalAt = [](int page) { return page == 0 ? 450 : 150; };
        const Run run = fetchAll(service.url(), 0);
        QVERIFY(!run.error.isError());
        QCOMPARE(run.ids, expectedIds(0, 150));
    }

    void totalGrowsBetweenPages()
    {
        // Page 0 sees 150 jobs. Then 100 more are added in front: later pages are shifted, so
        // page 1 repeats page 0's items and the list grows to a third page.
        ScriptedService service;
        service.totalAt = [](int page) { return page == 0 ? 150 : 250; };
        service.offsetAt = [](int page) { return page == 0 ? 0 : 100; };
        const Run run = fetchAll(service.url(), 0);
        QVERIFY(!run.error.isError());
        QCOMPARE(service.pagesAsked.size(), 3);
        QCOMPARE(run.ids, expectedIds(0, 150)); // no duplicates, nothing lost of what page 0 had
    }

    // A list that says it holds 10^9 jobs but sends the same page again: paging stops at the
    // first page with nothing new, with a warning.
    void repeatedPageEndsTheList()
    {
        ScriptedService service;
        service.totalAt = [](int) { return 1'000'000'000; };
        service.samePage = true;
        for (const qint64 limit : {qint64(0), qint64(5000)}) {
            const Run run = fetchAll(service.url(), limit);
            QVERIFY(!run.error.isError());
            QCOMPARE(run.ids, expectedIds(0, 100));
            QVERIFY2(run.requests <= 1 + ListPager::kMaxInFlight, qPrintable(QString::number(run.requests)));
            QCOMPARE(run.warnings.size(), 1);
            QVERIFY(run.warnings.first().contains(u"may be incomplete"_qs));
            QVERIFY(run.mayBeIncomplete);
        }
    }

    // Pages of 500 where 100 were asked for: the first 100 of each count, said once. (Page 2
    // of this service is empty, which ends the list.)
    void itemsBeyondThePageSizeAreIgnored()
    {
        ScriptedService service;
        service.totalAt = [](int) { return 1000; };
        service.itemsPerPage = 500;
        const Run run = fetchAll(service.url(), 0);
        QVERIFY(!run.error.isError());
        QCOMPARE(run.ids.size(), 200);
        QCOMPARE(run.ids.mid(0, 100), expectedIds(0, 100));
        QCOMPARE(run.ids.mid(100, 100), expectedIds(500, 600));
        QCOMPARE(run.warnings.size(), 1);
        QVERIFY(run.warnings.first().contains(u"more items per page"_qs));
        QVERIFY(!run.mayBeIncomplete);
    }

    // Once the distinct items reach `total`, no further page is asked for, full or not.
    void totalEndsTheList()
    {
        ScriptedService service;
        service.totalAt = [](int) { return 250; };
        service.fullPages = true;
        const Run run = fetchAll(service.url(), 0);
        QVERIFY(!run.error.isError());
        QCOMPARE(run.ids, expectedIds(0, 300));
        QCOMPARE(run.requests, 3);
        QVERIFY(run.warnings.isEmpty());
    }

    // A list without end: at most kMaxPages pages, then a warning.
    void pageCap()
    {
        ScriptedService service;
        service.totalAt = [](int) { return 1'000'000'000; };
        const Run run = fetchAll(service.url(), 0);
        QVERIFY(!run.error.isError());
        QCOMPARE(run.ids.size(), ListPager::kMaxPages * 100);
        QCOMPARE(run.requests, ListPager::kMaxPages);
        QCOMPARE(run.warnings.size(), 1);
        QVERIFY(run.warnings.first().contains(u"Stopped after 1000 pages"_qs));
        QVERIFY(run.mayBeIncomplete);
    }

    void rejectedTokenIsNotRetried()
    {
        ScriptedService service;
        const Run run = fetchAll(service.url(), 0, "stale-token");
        QCOMPARE(run.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(run.error.exitCode(), 3);
        QCOMPARE(run.requests, 1);
    }

    void throttledPageIsAskedAgain()
    {
        ScriptedService service;
        service.throttleFirst = 1;
        const Run run = fetchAll(service.url(), 0);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.oneLine()));
        QCOMPARE(run.ids, expectedIds(0, 250));
        QCOMPARE(run.requests, 4);
    }

    void refusesBadInputWithoutSending()
    {
        ScriptedService service;
        ListQuery query;
        query.call = ListQuery::Call::ProjectJobs;
        query.projectId = u"../../v3/auth/tokens"_qs;
        const Run run = fetchAll(service.url(), 0, "good-token", query);
        QCOMPARE(run.error.exitCode(), 2);
        QCOMPARE(run.requests, 0);
        const Run plain = fetchAll(QUrl(u"http://example.com"_qs), 0);
        QCOMPARE(plain.error.kind, ApiError::Kind::InvalidEndpoint);
    }

    void pageUrls()
    {
        ListQuery query;
        query.search = u"a+b&c 支付"_qs;
        query.buildStatus = u"red"_qs;
        const QUrl base(u"https://gw.example.com/prefix"_qs);
        const QUrl url = query.pageUrl(base, 2);
        QCOMPARE(url.path(), u"/prefix/v1/job/list"_qs);
        const QUrlQuery items(url);
        QCOMPARE(items.queryItemValue(u"page_index"_qs), u"2"_qs);
        QCOMPARE(items.queryItemValue(u"page_size"_qs), u"100"_qs);
        QCOMPARE(items.queryItemValue(u"build_status"_qs), u"red"_qs);
        QCOMPARE(items.queryItemValue(u"search"_qs, QUrl::FullyDecoded), u"a+b&c 支付"_qs);
        query.call = ListQuery::Call::Projects;
        QCOMPARE(QUrlQuery(query.pageUrl(base, 0)).queryItemValue(u"page_no"_qs), u"1"_qs);
        query.call = ListQuery::Call::ProjectJobs;
        query.projectId = u"32f28c61a5c24688be80294a06f844b2"_qs;
        QCOMPARE(query.pageUrl(base, 0).path(), u"/prefix/v1/job/32f28c61a5c24688be80294a06f844b2/list"_qs);
    }

    // A password profile whose cached token the gateway rejects signs in once more and lists.
    void passwordProfileSignsInAgainAfter401()
    {
        DemoSandbox sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        MemorySecretStore secrets;
        ProfileStore store(&settings, &secrets);
        Profile profile;
        profile.name = u"lists"_qs;
        profile.endpoint = sandbox.baseUrl();
        profile.iamEndpoint = sandbox.baseUrl();
        profile.kind = Profile::Kind::Password;
        profile.userName = QString::fromLatin1(DemoSandbox::demoUser);
        profile.domainName = QString::fromLatin1(DemoSandbox::demoAccount);
        profile.projectName = u"cn-north-4"_qs;
        QString error;
        const std::optional<Profile> saved = store.save(profile, &error);
        QVERIFY2(saved, qPrintable(error));
        // The cache claims another hour, but the gateway says the token has expired.
        writeSecret(store, *saved, ProfileSecret::CachedToken,
                    CredentialProvider::serializeToken({DemoSandbox::expiredToken(),
                                                        QDateTime::currentDateTimeUtc().addSecs(3600)}));
        writeSecret(store, *saved, ProfileSecret::Password, DemoSandbox::demoPassword());

        QNetworkAccessManager iamNetwork;
        const Run run = fetchAll(sandbox.baseUrl(), 150, {}, {},
                                 std::make_unique<CredentialProvider>(*saved, &store, &iamNetwork));
        QVERIFY2(!run.error.isError(), qPrintable(run.error.oneLine()));
        QCOMPARE(run.ids.size(), 150);
        QCOMPARE(sandbox.signInCount(), 1);
    }

    // A redirect to another host is refused before anything, the token included, goes there.
    void foreignRedirectIsRefused()
    {
        RecordingServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        DemoHttpServer redirecting;
        const QByteArray target = elsewhere.url(u"/v1/job/list"_qs).toEncoded();
        const quint16 port = redirecting.listen(QHostAddress::LocalHost, 0, nullptr, [target](const DemoRequest &) {
            return DemoResponse{302, {}, {}, {{"Location", target}}};
        });
        const Run run = fetchAll(QUrl(u"http://127.0.0.1:%1"_qs.arg(port)), 0);
        QCOMPARE(run.error.kind, ApiError::Kind::RedirectRefused);
        QCOMPARE(run.error.exitCode(), 6);
        QTest::qWait(200);
        QCOMPARE(elsewhere.connections(), 0);
    }

    void oversizedPageIsAborted()
    {
        const QByteArray big(5 * 1024 * 1024, 'x');
        RecordingServer streaming("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + big);
        const Run run = fetchAll(streaming.url(), 0);
        QCOMPARE(run.error.kind, ApiError::Kind::BodyTooLarge);
        QCOMPARE(run.error.exitCode(), 5);
        QVERIFY(run.ids.isEmpty());
    }

    // HTTPS with the company CA given as a CA file lists; without it nothing is sent.
    void tlsTrustedOnlyThroughCaFile()
    {
        TestCertificate tls;
        QVERIFY(tls.generate());
        DemoSandbox sandbox;
        sandbox.useTls(tls.certificate, tls.key);
        QVERIFY(sandbox.start());
        ClientOptions options;
        options.baseUrl = sandbox.baseUrl();

        const Run refused = fetchAllWith(options, 10, CredentialProvider::forToken(DemoSandbox::demoToken()));
        QCOMPARE(refused.error.kind, ApiError::Kind::TlsFailure);
        QCOMPARE(sandbox.requestCount(), 0);

        options.extraCaCertificates = QSslCertificate::fromPath(tls.certificatePath());
        const Run trusted = fetchAllWith(options, 10, CredentialProvider::forToken(DemoSandbox::demoToken()));
        QVERIFY2(!trusted.error.isError(), qPrintable(trusted.error.oneLine()));
        QCOMPARE(trusted.ids.size(), 10);
    }

    void sandboxLists()
    {
        DemoSandbox sandbox;
        QVERIFY(sandbox.start());
        const Run all = fetchAll(sandbox.baseUrl(), 0, DemoSandbox::demoToken());
        QVERIFY2(!all.error.isError(), qPrintable(all.error.oneLine()));
        QCOMPARE(all.ids.size(), 1200);
        QCOMPARE(QSet<QString>(all.ids.cbegin(), all.ids.cend()).size(), 1200);
        QVERIFY(all.ids.contains(DemoSandbox::firstJobId()));

        ListQuery projects;
        projects.call = ListQuery::Call::Projects;
        projects.pageSize = 4; // two pages, page_no 1 and 2
        const Run projectRun = fetchAll(sandbox.baseUrl(), 0, DemoSandbox::demoToken(), projects);
        QCOMPARE(projectRun.ids.size(), 6);
        QCOMPARE(projectRun.requests, 2);

        ListQuery inProject; // the bare {jobs, total} answer
        inProject.call = ListQuery::Call::ProjectJobs;
        inProject.projectId = projectRun.ids.at(1);
        inProject.buildStatus = u"red"_qs;
        const Run failed = fetchAll(sandbox.baseUrl(), 0, DemoSandbox::demoToken(), inProject);
        QVERIFY2(!failed.error.isError(), qPrintable(failed.error.oneLine()));
        QVERIFY(failed.ids.size() > 10);
        QVERIFY(failed.ids.size() < 200);

        // Signed with AK/SK instead of a token, query string included in the signature.
        ListQuery signedQuery;
        signedQuery.search = u"支付 订单"_qs;
        signedQuery.buildStatus = u"blue"_qs;
        const Run signedRun = fetchAll(sandbox.baseUrl(), 0, {}, signedQuery,
                                       CredentialProvider::forAkSk(DemoSandbox::demoAccessKey, DemoSandbox::demoSecretKey(),
                                                                   "0123456789abcdef0123456789abcdef"));
        QVERIFY2(!signedRun.error.isError(), qPrintable(signedRun.error.oneLine()));
        const Run badSignature = fetchAll(sandbox.baseUrl(), 0, {}, signedQuery,
                                          CredentialProvider::forAkSk(DemoSandbox::demoAccessKey, "wrong-secret",
                                                                      "0123456789abcdef0123456789abcdef"));
        QCOMPARE(badSignature.error.kind, ApiError::Kind::Unauthorized);

        ListQuery search;
        search.search = u"支付"_qs;
        const Run found = fetchAll(sandbox.baseUrl(), 0, DemoSandbox::demoToken(), search);
        QVERIFY(found.ids.size() > 10);
        QVERIFY(found.ids.size() < 200);
    }
};

QTEST_GUILESS_MAIN(TestListPager)
#include "tst_listpager.moc"
