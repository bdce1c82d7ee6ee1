#include "DisplayText.h"

namespace tma {
namespace {

constexpr char16_t kFirstStrongIsolate = 0x2068;
constexpr char16_t kPopDirectionalIsolate = 0x2069;

// Characters that change how the text around them is laid out or read: C0, DEL and C1 controls,
// line and paragraph separators, and the bidi marks, embeddings, overrides and isolates.
bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f || c == 0x2028 ||
           c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString escape(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x100)
        return QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
}

// A newline as ⏎ and a tab as ⇥, the symbols on the keys; every other character as the
// terminal's escape. Not the "Control Pictures" (␤ ␛): common UI fonts (DejaVu Sans, Segoe UI)
// lack them and would draw empty boxes that tell nothing.
QString symbol(char16_t c)
{
    if (c == u'\n')
        return QString(QChar(0x23ce));
    if (c == u'\t')
        return QString(QChar(0x21e5));
    return escape(c);
}

template <typename Replace> QString replaceUnsafe(const QString& text, Replace replace)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (isUnsafe(c.unicode()))
            result += replace(c.unicode());
        else
            result += c;
    }
    return result;
}

} // namespace

QString DisplayText::forTerminal(const QString& text)
{
    return replaceUnsafe(text, escape);
}

QString DisplayText::forDisplay(const QString& text)
{
    return isolated(neutralised(text));
}

QString DisplayText::neutralised(const QString& text)
{
    return replaceUnsafe(text, symbol);
}

QString DisplayText::isolated(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QChar(kFirstStrongIsolate) + text + QChar(kPopDirectionalIsolate);
}

} // namespace tma
