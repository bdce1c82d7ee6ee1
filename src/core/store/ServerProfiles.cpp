#include "ServerProfiles.h"

#include <QJsonDocument>
#include <QSettings>

namespace tma {
namespace {

QString groupFor(const ServerAddress& server)
{
    // QSettings treats '/' as nesting: keep one flat group per server.
    return QStringLiteral("servers/") +
           QString::fromLatin1(server.key().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

ServerProfile readProfile(QSettings& settings)
{
    ServerProfile profile;
    profile.url = QUrl(settings.value(QStringLiteral("url")).toString());
    profile.account = settings.value(QStringLiteral("account")).toString();
    profile.method = authMethodFromName(settings.value(QStringLiteral("method")).toString());
    profile.pinnedSha256 = settings.value(QStringLiteral("pinnedSha256")).toString();
    profile.lastPreset = settings.value(QStringLiteral("lastPreset")).toString();
    profile.lastLocal = QJsonDocument::fromJson(settings.value(QStringLiteral("lastLocal")).toByteArray()).object();
    profile.lastHosted = QJsonDocument::fromJson(settings.value(QStringLiteral("lastHosted")).toByteArray()).object();
    return profile;
}

} // namespace

QList<ServerProfile> ServerProfiles::all()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("servers"));
    const QStringList groups = settings.childGroups();
    QList<ServerProfile> profiles;
    for (const QString& group : groups) {
        settings.beginGroup(group);
        ServerProfile profile = readProfile(settings);
        settings.endGroup();
        if (profile.url.isValid())
            profiles << profile;
    }
    return profiles;
}

std::optional<ServerProfile> ServerProfiles::find(const ServerAddress& url)
{
    QSettings settings;
    settings.beginGroup(groupFor(url));
    if (!settings.contains(QStringLiteral("url")))
        return std::nullopt;
    return readProfile(settings);
}

QString ServerProfiles::pinnedCertificate(const ServerAddress& url)
{
    const std::optional<ServerProfile> profile = find(url);
    return profile ? profile->pinnedSha256 : QString();
}

void ServerProfiles::save(const ServerProfile& profile)
{
    QSettings settings;
    settings.beginGroup(groupFor(profile.url));
    settings.setValue(QStringLiteral("url"), profile.url.toString());
    settings.setValue(QStringLiteral("account"), profile.account);
    settings.setValue(QStringLiteral("method"), authMethodName(profile.method));
    settings.setValue(QStringLiteral("pinnedSha256"), profile.pinnedSha256);
    settings.setValue(QStringLiteral("lastPreset"), profile.lastPreset);
    settings.setValue(QStringLiteral("lastLocal"), QJsonDocument(profile.lastLocal).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("lastHosted"), QJsonDocument(profile.lastHosted).toJson(QJsonDocument::Compact));
    settings.endGroup();
    settings.setValue(QStringLiteral("currentServer"), profile.url.toString());
}

void ServerProfiles::remove(const ServerAddress& url)
{
    QSettings settings;
    settings.remove(groupFor(url));
    // A forgotten server is no longer the one the wizard and the CLI start with.
    const QUrl current(settings.value(QStringLiteral("currentServer")).toString());
    if (current.isValid() && ServerAddress(current) == url)
        settings.remove(QStringLiteral("currentServer"));
}

std::optional<ServerProfile> ServerProfiles::current()
{
    QSettings settings;
    const QUrl url(settings.value(QStringLiteral("currentServer")).toString());
    if (!url.isValid())
        return std::nullopt;
    return find(url);
}

void ServerProfiles::rememberApplied(const ServerAddress& url, const QJsonObject& presetJson)
{
    ServerProfile profile = find(url).value_or(ServerProfile());
    profile.url = url.url();
    profile.lastPreset = presetJson.value(QLatin1String("id")).toString();
    const QString kind = presetJson.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("local"))
        profile.lastLocal = presetJson;
    else if (kind == QLatin1String("hosted"))
        profile.lastHosted = presetJson;
    QSettings settings;
    const QString current = settings.value(QStringLiteral("currentServer")).toString();
    save(profile);
    if (!current.isEmpty()) // remembering an apply does not change which server is current
        settings.setValue(QStringLiteral("currentServer"), current);
}

} // namespace tma
