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
    // Installs `language` ("" = the system's); returns the language in use.
    static QString install(const QString& language);
    static QString current();
};

} // namespace tma
