#pragma once

#include <QString>
#include <QStringList>

namespace tma {

// The interface language: the app's own translations (embedded under :/i18n), Qt's (buttons such
// as Next and Cancel) and QtKeychain's (keychain errors). Switching at run time sends
// LanguageChange to every widget, which retranslates itself.
class Translator
{
public:
    static QStringList languages();                  // "en", "fr", "zh_TW", "zh_CN", "ja", "es", "ko"
    static QString nativeName(const QString& language);
    // Maps a BCP 47 / POSIX locale name (zh-Hant-TW, zh_HK, zh-Hans, ja-JP, ...) to one of languages().
    static QString match(const QString& localeName);
    static QString systemLanguage();                  // from QLocale::system().uiLanguages()
    // Installs `language` ("" = the system's); returns the language in use. When the app's own
    // catalogue for it is missing, says so in the log and the interface stays in English.
    static QString install(const QString& language);
    static QString current();
    // The embedded catalogue of the app's own messages for `language` (a resource path), or an
    // empty string when the build carries none ("en" never has one: the sources are English).
    static QString catalogue(const QString& language);
    // Whether the app's own catalogue for the current language is installed (true for "en").
    static bool catalogueLoaded();
};

} // namespace tma
