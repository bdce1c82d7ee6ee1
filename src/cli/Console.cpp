#include "Console.h"

#include <QJsonDocument>

#include <cstdio>
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

void endProgressLine()
{
    if (s_progressShown) {
        std::fputs("\n", stderr);
        s_progressShown = false;
    }
}

} // namespace

void Console::out(const QString& text)
{
    endProgressLine();
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void Console::err(const QString& text)
{
    endProgressLine();
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputs("\n", stderr);
    std::fflush(stderr);
}

void Console::progress(const QString& text)
{
    if (stderrIsTerminal()) {
        std::fputs(("\r\033[K" + text).toLocal8Bit().constData(), stderr);
        s_progressShown = true;
    } else {
        std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
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
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
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
