#include "WizardContext.h"

#include "OpenWebUiClient.h"

namespace tma {

WizardContext::WizardContext(SecretStore* secrets, QObject* parent) : QObject(parent), m_secrets(secrets) {}

OpenWebUiClient* WizardContext::resetClient(const QUrl& server)
{
    if (m_client)
        m_client->deleteLater();
    m_client = new OpenWebUiClient(server, this);
    clearSession();
    return m_client;
}

OpenWebUiClient* WizardContext::client() const
{
    return m_client;
}

void WizardContext::setSession(const Session& session)
{
    m_session = session;
    m_connected = true;
    m_taskConfig = TaskConfig();
    m_models = ModelCatalog();
    Q_EMIT sessionChanged();
}

void WizardContext::clearSession()
{
    if (!m_connected)
        return;
    m_connected = false;
    m_session = Session();
    Q_EMIT sessionChanged();
}

void WizardContext::setPreset(const Preset& preset)
{
    m_preset = preset;
    Q_EMIT presetChanged();
}

} // namespace tma
