#include "FakeAppInfoRoutes.h"

#include <QJsonArray>

namespace tma::test::fake {

void FakeAppInfoRoutes::addRoutes(FakeRouter& router)
{
    router.addStatic("GET", QStringLiteral("/health"), statusTrue());
    if (m_server.is011())
        router.addStatic("GET", QStringLiteral("/ready"), statusTrue());
    router.add("GET", QStringLiteral("/api/version"), Access::Public, false, [this](Exchange&) {
        QJsonObject version;
        insertVersion(version);
        if (m_server.is011())
            version.insert(QStringLiteral("deployment_id"), QStringLiteral("fake-deployment-1"));
        return jsonReply(200, version);
    });
    router.add("GET", QStringLiteral("/api/config"), Access::Public, false, this,
               &FakeAppInfoRoutes::apiConfig);
}

// The version text the server reports, or nothing (see setReportedVersion()).
void FakeAppInfoRoutes::insertVersion(QJsonObject& body) const
{
    const QString text = m_server.reportedVersion.value_or(m_server.version());
    if (!text.isEmpty())
        body.insert(QStringLiteral("version"), text);
}

Reply FakeAppInfoRoutes::apiConfig(Exchange& exchange)
{
    QJsonObject features{
        {QStringLiteral("auth"), m_server.webUiAuth},
        // main.py get_app_config: bool(WEBUI_AUTH_TRUSTED_EMAIL_HEADER) and ENABLE_LDAP, public.
        {QStringLiteral("auth_trusted_header"), !m_server.trustedHeader.isEmpty()},
        {QStringLiteral("enable_ldap"), m_server.ldapEnabled},
        {QStringLiteral("enable_signup"), false},
        {QStringLiteral("enable_login_form"), m_server.loginFormEnabled},
        {QStringLiteral("enable_websocket"), true},
    };
    if (m_server.is011())
        features.insert(QStringLiteral("enable_signup_password_confirmation"), false);
    else
        features.insert(QStringLiteral("enable_api_key"), m_server.apiKeysEnabled);

    QJsonObject config{
        {QStringLiteral("status"), true},
        {QStringLiteral("name"), m_server.serverName},
        {QStringLiteral("default_locale"), QString()},
        {QStringLiteral("oauth"),
         QJsonObject{{QStringLiteral("providers"), QJsonObject()}, {QStringLiteral("auto_redirect"), false}}},
    };

    insertVersion(config);

    // 0.4-0.6 only looked at the `token` cookie here (which this fake never sets), so the
    // header is ignored. 0.11 (main.py get_app_config) decodes the header: a session gets the
    // signed-in block; a forged or expired JWT, an sk- key or a deleted user's token gets the
    // anonymous answer (decode_token swallows the error, so its 401 branch never runs).
    const QString token = FakeServerState::bearerToken(exchange.request);
    const auto session = token.startsWith(QLatin1String("sk-")) ? m_server.sessions.constEnd()
                                                                : m_server.sessions.constFind(token);
    if (m_server.is011() && session != m_server.sessions.constEnd() && m_server.userById(session.value())) {
        features.insert(QStringLiteral("enable_api_keys"), m_server.apiKeysEnabled);
        features.insert(QStringLiteral("enable_autocomplete_generation"),
                        m_server.taskConfig.value(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION")).toBool());
        for (const char* name : {"enable_direct_connections", "enable_web_search", "enable_image_generation",
                                 "enable_code_interpreter", "enable_channels", "enable_version_update_check"})
            features.insert(QString::fromLatin1(name), false);
        for (const char* name : {"enable_folders", "enable_notes", "enable_memories"})
            features.insert(QString::fromLatin1(name), true);
        config.insert(QStringLiteral("default_models"), QString());
        config.insert(QStringLiteral("default_pinned_models"), QString());
        config.insert(QStringLiteral("default_prompt_suggestions"), QJsonArray());
        config.insert(QStringLiteral("permissions"), QJsonObject());
        config.insert(QStringLiteral("ui"), QJsonObject());
    }
    config.insert(QStringLiteral("features"), features);
    return jsonReply(200, config);
}

} // namespace tma::test::fake
