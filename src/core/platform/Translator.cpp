#include "Translator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>
#include <vector>

namespace tma {
namespace {

Q_LOGGING_CATEGORY(lcTranslator, "tma.i18n")

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString& currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

bool& ownCatalogueLoaded()
{
    static bool loaded = true;
    return loaded;
}

bool load(const QString& name, const QStringList& directories)
{
    for (const QString& directory : directories) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(name, directory)) {
            QCoreApplication::installTranslator(translator.get());
            installed().push_back(std::move(translator));
            return true;
        }
    }
    return false;
}

} // namespace

QStringList Translator::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("zh_TW"), QStringLiteral("zh_CN"),
            QStringLiteral("ja"), QStringLiteral("es"), QStringLiteral("ko")};
}

QString Translator::nativeName(const QString& language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (language == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    return QStringLiteral("English");
}

QString Translator::match(const QString& localeName)
{
    QString name = localeName;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList parts = name.split(QLatin1Char('_'));
    const QString language = parts.value(0).toLower();
    if (language == QLatin1String("zh")) {
        // Traditional script, or a region that writes it, reads zh_TW; everything else zh_CN.
        const QStringList rest = parts.mid(1);
        for (const QString& part : rest) {
            const QString upper = part.toUpper();
            if (upper == QLatin1String("HANT") || upper == QLatin1String("TW") || upper == QLatin1String("HK") ||
                upper == QLatin1String("MO"))
                return QStringLiteral("zh_TW");
        }
        return QStringLiteral("zh_CN");
    }
    for (const QString& known : languages()) {
        if (known == language)
            return known;
    }
    return {};
}

QString Translator::systemLanguage()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& locale : preferred) {
        const QString language = match(locale);
        if (!language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
}

QString Translator::install(const QString& requested)
{
    QString language = requested.isEmpty() ? systemLanguage() : match(requested);
    if (language.isEmpty())
        language = QStringLiteral("en");
    for (const std::unique_ptr<QTranslator>& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    currentLanguage() = language;
    ownCatalogueLoaded() = true;
    // Numbers, sizes and times follow the interface language ("0,06 s" in French).
    QLocale::setDefault(QLocale(language));
    if (language != QLatin1String("en")) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        const QString appDir = QCoreApplication::applicationDirPath();
        const QString own = catalogue(language);
        ownCatalogueLoaded() =
            !own.isEmpty() && load(QFileInfo(own).completeBaseName(), {QStringLiteral(":/i18n")});
        if (!ownCatalogueLoaded())
            qCWarning(lcTranslator,
                      "No catalogue for the language \"%s\" was found in this build (%s): "
                      "the interface stays in English.",
                      qUtf8Printable(language),
                      qUtf8Printable(own.isEmpty() ? QStringLiteral(":/i18n") : own));
        load(QStringLiteral("qtbase_") + language, {qtDir, appDir + QStringLiteral("/translations")});
        // QtKeychain ships few languages, some only as "zh".
        const QStringList keychainDirs{QStringLiteral("/usr/share/qt6keychain/translations"), qtDir,
                                       appDir + QStringLiteral("/translations")};
        load(QStringLiteral("qtkeychain_") + language, keychainDirs);
        if (language == QLatin1String("zh_CN")) // its "zh" catalogue is Simplified Chinese
            load(QStringLiteral("qtkeychain_zh"), keychainDirs);
    }
    return language;
}

QString Translator::current()
{
    return currentLanguage();
}

QString Translator::catalogue(const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return {};
    const QString path = QStringLiteral(":/i18n/task-model-assistant_%1.qm").arg(language);
    return QFileInfo::exists(path) ? path : QString();
}

bool Translator::catalogueLoaded()
{
    return ownCatalogueLoaded();
}

} // namespace tma
