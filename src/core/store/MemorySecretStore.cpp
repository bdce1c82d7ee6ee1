#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace tma {
namespace {

void answerLater(QObject* context, const SecretStore::Handler& handler, const SecretStore::Result& result)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, handler, result]() {
        if (guard)
            handler(result);
    });
}

} // namespace

void MemorySecretStore::read(const QString& key, QObject* context, Handler handler)
{
    Result result;
    if (!m_failure.isEmpty()) {
        result.error = m_failure;
    } else if (m_entries.contains(key)) {
        result.ok = true;
        result.secret = m_entries.value(key);
    } else {
        result.notFound = true;
    }
    answerLater(context, handler, result);
}

void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context, Handler handler)
{
    Result result;
    if (!m_failure.isEmpty()) {
        result.error = m_failure;
    } else {
        m_entries.insert(key, secret);
        result.ok = true;
    }
    answerLater(context, handler, result);
}

void MemorySecretStore::remove(const QString& key, QObject* context, Handler handler)
{
    Result result;
    if (!m_failure.isEmpty()) {
        result.error = m_failure;
    } else {
        result.ok = true;
        result.notFound = m_entries.remove(key) == 0;
    }
    answerLater(context, handler, result);
}

} // namespace tma
