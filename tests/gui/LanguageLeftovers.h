#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tma::test {

// Finds text of one language still on screen after a switch to another. Each message of the
// catalogue that the two languages word differently leaves a signature: the longest stretch of
// its old wording between placeholders, unless the new language's catalogue uses it too (a name
// such as "Open WebUI" or "TASK_MODEL" is no leftover). English is the sources' own text.
class LanguageLeftovers
{
public:
    LanguageLeftovers(const QString& from, const QString& to);
    bool isValid() const { return !m_signatures.isEmpty(); }
    // "text" ← "signature" (context) for each shown text holding an old signature.
    QStringList foundIn(const QStringList& shown) const;

private:
    struct Signature
    {
        QString text;
        QString context;
    };
    QList<Signature> m_signatures;
};

} // namespace tma::test
