#pragma once

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QTextDocument>
#include <QWidget>

namespace tma::test {

// Finds a child widget by object name and fails the test when it is missing.
template <typename T> T* child(QObject* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// With TMA_SCREENSHOT_DIR set, saves `widget` as <dir>/<language>-<name>.png (for looking at every
// page in every language: scripts/screenshots.sh).
inline void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TMA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString language = qEnvironmentVariable("TMA_SCREENSHOT_LANGUAGE", QStringLiteral("en"));
    widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, name));
}

// What a tooltip shows: Qt renders it as HTML when Qt::mightBeRichText() says so.
inline QString shownToolTip(const QString& tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

// What a label shows: its text, or the text of the HTML it renders.
inline QString shownText(const QLabel* label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

// Text as a user reads it: the bidi isolates around server names are invisible.
inline QString seen(QString text)
{
    return text.remove(QChar(0x2068)).remove(QChar(0x2069));
}

// Shown text holds no character a server could use to act on the display: no terminal escape,
// bell, tab or right-to-left override (our own line breaks are allowed).
inline bool isInert(const QString& text)
{
    for (const char16_t c : {char16_t(0x1b), char16_t(0x07), char16_t(u'\t'), char16_t(0x202e)}) {
        if (text.contains(QChar(c)))
            return false;
    }
    return true;
}

} // namespace tma::test
