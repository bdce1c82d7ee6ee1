#pragma once

#include <QJsonObject>
#include <QString>

namespace tma::cli {

// The CLI's terminal: results on stdout, progress and errors on stderr, secrets from stdin.
class Console
{
public:
    // Call once at start: on Windows, switches the console to UTF-8 (so Japanese or Korean output
    // is not turned into '?') and turns on the escape sequences the progress line uses.
    static void setUp();
    static void out(const QString& text);       // a line on stdout
    static void err(const QString& text);       // a line on stderr
    static void progress(const QString& text);  // rewrites one stderr line on a terminal
    static void json(const QJsonObject& object);
    static bool isInteractive();                // stdin is a terminal
    static bool stderrIsTerminal();
    // One line from stdin; with a prompt and echo off when stdin is a terminal.
    static QString readSecret(const QString& prompt);
    static QString readLine();
};

} // namespace tma::cli
