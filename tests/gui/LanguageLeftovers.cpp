#include "LanguageLeftovers.h"

#include "TsFile.h"

#include <QHash>
#include <QRegularExpression>

namespace tma::test {
namespace {

// context + source → the language's wordings (the source itself for English, every plural form).
QHash<QString, QStringList> wordings(const QString& language)
{
    // English reads its messages from any catalogue's sources.
    TsFile ts;
    QString error;
    if (!TsFile::read(TsFile::pathFor(language == QLatin1String("en") ? QStringLiteral("fr") : language), &ts,
                      &error))
        qFatal("%s: %s", qPrintable(language), qPrintable(error));
    QHash<QString, QStringList> found;
    for (const TsMessage& message : std::as_const(ts.messages)) {
        if (message.obsolete)
            continue;
        found.insert(message.context + QChar(0) + message.source,
                     language == QLatin1String("en") ? QStringList{message.source} : message.translations);
    }
    return found;
}

// The longest stretch between placeholders, without the spaces around it; empty when too short
// to stand for the message (a colon, "On", "%1 s").
QString signatureOf(const QString& wording)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QString longest;
    for (const QString& piece : wording.split(placeholder)) {
        const QString trimmed = piece.trimmed();
        if (trimmed.size() > longest.size())
            longest = trimmed;
    }
    const bool cjk =
        std::any_of(longest.begin(), longest.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
    const bool hasLetter = std::any_of(longest.begin(), longest.end(), [](QChar c) { return c.isLetter(); });
    return hasLetter && longest.size() >= (cjk ? 2 : 4) ? longest : QString();
}

} // namespace

LanguageLeftovers::LanguageLeftovers(const QString& from, const QString& to)
{
    const QHash<QString, QStringList> before = wordings(from);
    const QHash<QString, QStringList> after = wordings(to);
    QStringList allAfter;
    for (const QStringList& forms : after)
        allAfter << forms;
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QStringList now = after.value(it.key());
        for (const QString& wording : it.value()) {
            if (now.contains(wording))
                continue; // both languages say it alike
            const QString signature = signatureOf(wording);
            const bool shared =
                std::any_of(allAfter.begin(), allAfter.end(),
                            [&signature](const QString& text) { return text.contains(signature); });
            if (!signature.isEmpty() && !shared)
                m_signatures.append({signature, it.key().section(QChar(0), 0, 0)});
        }
    }
}

QStringList LanguageLeftovers::foundIn(const QStringList& shown) const
{
    QStringList found;
    for (const QString& text : shown) {
        for (const Signature& signature : m_signatures) {
            if (text.contains(signature.text))
                found << QStringLiteral("\"%1\" ← \"%2\" (%3)")
                             .arg(text.left(120), signature.text, signature.context);
        }
    }
    return found;
}

} // namespace tma::test
