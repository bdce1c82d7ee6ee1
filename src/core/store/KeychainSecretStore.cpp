#include "KeychainSecretStore.h"

#include "LogCategories.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace tma {
namespace {

QString describe(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainSecretStore::tr("No keychain is available. On Linux, install and start a Secret Service such as GNOME "
                  "Keyring or KWallet; the assistant never stores secrets in plain text.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainSecretStore::tr("The keychain refused access. Unlock it (or allow the assistant) and try again.");
    case QKeychain::OtherError:
        return KeychainSecretStore::tr("The keychain could not be used: %1. On Linux, a Secret Service such as GNOME Keyring "
                  "must be running.")
            .arg(detail);
    default:
        return KeychainSecretStore::tr("The keychain reported an error: %1").arg(detail);
    }
}

// Runs one QtKeychain job with a deadline (a locked keyring may wait forever for its unlock dialog)
// and reports exactly once.
// `operation` and the key name go to the log (tma.secrets), never the secret.
void runJob(const char* operation, QKeychain::Job* job, int timeoutMs, QObject* context,
            const SecretStore::Handler& handler,
            std::function<void(QKeychain::Job*, SecretStore::Result&)> onSuccess)
{
    auto done = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [done, guard, handler, operation, key = job->key()]() {
        if (*done)
            return;
        *done = true;
        qCInfo(lcSecrets, "%s %s: no answer in time", operation, qUtf8Printable(key));
        SecretStore::Result result;
        result.error = KeychainSecretStore::tr("The keychain did not answer in time. It may be locked: unlock it and try again.");
        if (guard)
            handler(result);
    });
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done, guard, handler, onSuccess, operation](QKeychain::Job* j) {
                         if (*done)
                             return;
                         *done = true;
                         SecretStore::Result result;
                         if (j->error() == QKeychain::NoError) {
                             result.ok = true;
                             onSuccess(j, result);
                         } else if (j->error() == QKeychain::EntryNotFound) {
                             result.notFound = true;
                         } else {
                             result.error = describe(j->error(), j->errorString());
                         }
                         qCInfo(lcSecrets, "%s %s: %s", operation, qUtf8Printable(j->key()),
                                result.ok         ? "ok"
                                : result.notFound ? "not found"
                                                  : "keychain error");
                         if (guard)
                             handler(result);
                     });
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent, int timeoutMs) : SecretStore(parent), m_timeoutMs(timeoutMs)
{
}

void KeychainSecretStore::read(const QString& key, QObject* context, Handler handler)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob("read", job, m_timeoutMs, context, handler, [](QKeychain::Job* j, Result& result) {
        result.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
    });
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, Handler handler)
{
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    runJob("write", job, m_timeoutMs, context, handler, [](QKeychain::Job*, Result&) {});
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Handler handler)
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob("remove", job, m_timeoutMs, context, handler, [](QKeychain::Job*, Result&) {});
}

} // namespace tma
