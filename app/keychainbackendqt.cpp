#include "keychainbackend.h"

#include <qt6keychain/keychain.h>

namespace {

// QtKeychain jobs stay unparented and delete themselves: libsecret calls back into the job
// even after we stopped waiting, so it must outlive our interest in it. The connection's
// context object drops the answer when the caller is gone.
template<typename JobType>
JobType *newJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file, whatever the platform
    job->setKey(key);
    return job;
}

void whenFinished(QKeychain::Job *job, QObject *context, KeychainBackend::Callback done,
                  std::function<QByteArray()> data = {})
{
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done), data] {
        KeychainBackend::Result result{job->error(), job->errorString(), {}};
        if (result.error == QKeychain::NoError && data)
            result.data = data();
        done(result);
    });
    job->start();
}

class QtKeychainBackend final : public KeychainBackend
{
public:
    void read(const QString &service, const QString &key, QObject *context, Callback done) override
    {
        auto *job = newJob<QKeychain::ReadPasswordJob>(service, key);
        whenFinished(job, context, std::move(done), [job] { return job->binaryData(); });
    }

    void write(const QString &service, const QString &key, const QByteArray &data, QObject *context,
               Callback done) override
    {
        auto *job = newJob<QKeychain::WritePasswordJob>(service, key);
        job->setBinaryData(data);
        whenFinished(job, context, std::move(done));
    }

    void remove(const QString &service, const QString &key, QObject *context, Callback done) override
    {
        whenFinished(newJob<QKeychain::DeletePasswordJob>(service, key), context, std::move(done));
    }
};

} // namespace

// The keychain module's entry point (see keychainbackend.h).
extern "C" Q_DECL_EXPORT KeychainBackend *codearts_inspector_keychain_backend()
{
    static QtKeychainBackend backend;
    return &backend;
}
