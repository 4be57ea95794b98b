#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

// A self-signed certificate for 127.0.0.1, made with openssl for this test run only.
struct TestCertificate
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey key;

    QString certificatePath() const { return dir.filePath(QStringLiteral("cert.pem")); }

    bool generate()
    {
        if (!dir.isValid())
            return false;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                       QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                       QStringLiteral("cert.pem")});
        if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0)
            return false;
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly))
            return false;
        certificate = certificates.first();
        key = QSslKey(&keyFile, QSsl::Rsa);
        return !key.isNull();
    }
};
