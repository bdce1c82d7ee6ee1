#pragma once

#include <QHash>
#include <QString>

#include <functional>

class QLabel;

namespace tma {

// How to word a piece of text, rather than the words: a function of facts it captured (a model's
// name, a server's error, a count) that calls tr() each time it runs.
using Wording = std::function<QString()>;

// The text a page's code puts on screen (a status, a result, a step), kept as how to word it: a
// language switch words it again from the same facts, so nothing stays in the previous language.
// Each target keeps only its latest wording; wording it anew replaces the old one.
class Rewording
{
public:
    // Runs `apply` now and after every language switch, until the target is worded anew.
    void set(const void* target, std::function<void()> apply);
    // A label's text: `wording` now and after every switch; an empty wording clears the label.
    void setText(QLabel* label, Wording wording);
    void forget(const void* target);
    // Called from the owner's changeEvent(LanguageChange), after its form was retranslated.
    void rewordAll() const;

private:
    QHash<const void*, std::function<void()>> m_wordings;
};

} // namespace tma
