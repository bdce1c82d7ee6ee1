#pragma once

#include <QString>

namespace tma {

// Text a server sent (model ids and names, the server's name, a generated title, an error's
// detail), made safe to show. A server is free to put anything in those strings; shown as they
// are, an ESC sequence retitles or clears a terminal, a newline splits a line, and a right-to-left
// override reverses the characters around it, so that one model id reads like another.
// Our own sentences never go through here: only the server's parts of them.
class DisplayText
{
public:
    // For a terminal: every control character (C0, DEL, C1), line and paragraph separator and bidi
    // control is written as an escape: \n, \r, \t, \xHH below U+0100, \uHHHH above. Everything
    // else, backslashes included, is kept as it is.
    static QString forTerminal(const QString& text);

    // For a widget that shows plain text: neutralised(), then isolated().
    static QString forDisplay(const QString& text);

    // A newline as ⏎ and a tab as ⇥; every other character forTerminal() escapes in its form
    // (\x1b, \u202e), so the window and the terminal show a name alike.
    // Bidi embeddings, overrides and isolates are shown rather than stripped: a spoofed id then
    // looks odd instead of looking exactly like the id it imitates.
    static QString neutralised(const QString& text);

    // Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: a right-to-left name keeps its own
    // direction without reordering the sentence around it. Only for neutralised() text (an
    // unbalanced isolate inside could otherwise end this one early).
    static QString isolated(const QString& text);
};

} // namespace tma
