#include "Console.h"

#include "DisplayText.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define TMA_ISATTY _isatty
#define TMA_FILENO _fileno
#else
#include <termios.h>
#include <unistd.h>
#define TMA_ISATTY isatty
#define TMA_FILENO fileno
#endif

namespace tma::cli {
namespace {

// Turns terminal echo off while it lives, so a typed password is not shown.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_handle, &m_mode);
        SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
    bool m_active = false;
#endif
};

bool s_progressShown = false;

// Text for the terminal: UTF-8 on Windows (the console is switched to it in setUp(); the ANSI code
// page would lose CJK text), the locale's encoding elsewhere.
QByteArray encode(const QString& text)
{
#ifdef Q_OS_WIN
    return text.toUtf8();
#else
    return text.toLocal8Bit();
#endif
}

// The last line of defence: whatever a caller passes, no control character but our own line
// breaks reaches the terminal (an ESC in a server's string would clear the screen or retitle the
// window). Server strings are escaped before they go into a sentence too, so their own newlines
// show as \n instead of splitting the line (DisplayText::forTerminal).
QString terminalSafe(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = DisplayText::forTerminal(line);
    return lines.join(QLatin1Char('\n'));
}

void endProgressLine()
{
    if (s_progressShown) {
        std::fputs("\n", stderr);
        s_progressShown = false;
    }
}

} // namespace

void Console::setUp()
{
#ifdef Q_OS_WIN
    // The user's console keeps its own code pages once we are done.
    static const UINT previousOutput = GetConsoleOutputCP();
    static const UINT previousInput = GetConsoleCP();
    std::atexit([] {
        SetConsoleOutputCP(previousOutput);
        SetConsoleCP(previousInput);
    });
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
    const HANDLE error = GetStdHandle(STD_ERROR_HANDLE);
    DWORD mode = 0;
    if (error != INVALID_HANDLE_VALUE && GetConsoleMode(error, &mode))
        SetConsoleMode(error, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
#endif
}

void Console::out(const QString& text)
{
    endProgressLine();
    std::fputs(encode(terminalSafe(text)).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void Console::err(const QString& text)
{
    endProgressLine();
    std::fputs(encode(terminalSafe(text)).constData(), stderr);
    std::fputs("\n", stderr);
    std::fflush(stderr);
}

void Console::progress(const QString& text)
{
    if (stderrIsTerminal()) {
        std::fputs(encode(QStringLiteral("\r\033[K") + DisplayText::forTerminal(text)).constData(), stderr);
        s_progressShown = true;
    } else {
        std::fputs(encode(DisplayText::forTerminal(text) + QLatin1Char('\n')).constData(), stderr);
    }
    std::fflush(stderr);
}

void Console::json(const QJsonObject& object)
{
    endProgressLine();
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

bool Console::isInteractive()
{
    return TMA_ISATTY(TMA_FILENO(stdin)) != 0;
}

bool Console::stderrIsTerminal()
{
    return TMA_ISATTY(TMA_FILENO(stderr)) != 0;
}

QString Console::readSecret(const QString& prompt)
{
    if (!isInteractive())
        return readLine();
    std::fputs(encode(terminalSafe(prompt)).constData(), stderr);
    std::fflush(stderr);
    QString secret;
    {
        EchoOff echoOff;
        secret = readLine();
    }
    std::fputs("\n", stderr);
    return secret;
}

QString Console::readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace tma::cli
