#include "GluedText.h"

#include <QRegularExpression>

namespace {

// Comments out, string literals kept: the patterns below read literals, never comments.
QString withoutComments(const QString& source)
{
    QString out;
    out.reserve(source.size());
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) { // a literal, escapes included
            out += c;
            for (++i; i < source.size() && source.at(i) != c; ++i) {
                out += source.at(i);
                if (source.at(i) == QLatin1Char('\\') && i + 1 < source.size())
                    out += source.at(++i);
            }
            if (i < source.size())
                out += c;
        } else if (source.mid(i, 2) == QLatin1String("//")) {
            const qsizetype end = source.indexOf(QLatin1Char('\n'), i);
            i = (end < 0 ? source.size() : end) - 1;
        } else if (source.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = source.indexOf(QLatin1String("*/"), i + 2);
            const QString skipped = source.mid(i, (end < 0 ? source.size() : end + 2) - i);
            out += QString(skipped.count(QLatin1Char('\n')), QLatin1Char('\n')); // line numbers stay right
            i = (end < 0 ? source.size() : end + 2) - 1;
        } else {
            out += c;
        }
    }
    return out;
}

int lineAt(const QString& text, qsizetype offset)
{
    return static_cast<int>(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

bool isLineBreak(const QString& literal)
{
    return literal == QLatin1String("\\n") || literal == QLatin1String("'\\n'") ||
           literal == QLatin1String("\"\\n\"");
}

} // namespace

QStringList GluedText::in(const QString& source, const QString& fileName)
{
    const QString code = withoutComments(source);
    QStringList found;
    // A tr() call and its .arg()s, across lines.
    const QString call = QStringLiteral(
        R"re(\btr\(\s*"(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*\s*(?:,\s*"(?:[^"\\]|\\.)*"\s*)?(?:,[^()]*)?\))re"
        R"re((?:\s*\.arg\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*)re");
    const QString literal = QStringLiteral(
        R"re((?:QLatin1Char\(('(?:[^'\\]|\\.)+')\)|QStringLiteral\(("(?:[^"\\]|\\.)*")\)|QLatin1String\(("(?:[^"\\]|\\.)*")\)|("(?:[^"\\]|\\.)*")))re");
    const QRegularExpression after(call + QStringLiteral(R"re(\s*\+\s*(?:)re") + literal +
                                   QStringLiteral(R"re(|\btr\())re"));
    const QRegularExpression before(literal + QStringLiteral(R"re(\s*\+\s*\btr\()re"));
    for (const QRegularExpression* pattern : {&after, &before}) {
        auto it = pattern->globalMatch(code);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            QString glue;
            for (int group = 1; group <= 4; ++group)
                glue += match.captured(group);
            const QString inner = glue.mid(1, glue.size() - 2);
            if (!glue.isEmpty() && isLineBreak(inner))
                continue;
            found << QStringLiteral("%1:%2: translated text glued with %3")
                         .arg(fileName)
                         .arg(lineAt(code, match.capturedStart()))
                         .arg(glue.isEmpty() ? QStringLiteral("another tr()") : glue);
        }
    }
    // A fixed separator between the items of a list: the locale's list form or a pattern says it.
    static const QRegularExpression join(
        R"re(\.join\(\s*(?:QLatin1Char\('((?:[^'\\]|\\.)+)'\)|QStringLiteral\("((?:[^"\\]|\\.)*)"\)|QLatin1String\("((?:[^"\\]|\\.)*)"\)|"((?:[^"\\]|\\.)*)"))re");
    const QStringList lines = source.split(QLatin1Char('\n'));
    auto it = join.globalMatch(code);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString separator =
            match.captured(1) + match.captured(2) + match.captured(3) + match.captured(4);
        const int line = lineAt(code, match.capturedStart());
        const bool marked = lines.value(line - 1).contains(QLatin1String("not prose")) ||
                            lines.value(line - 2).contains(QLatin1String("not prose"));
        if (isLineBreak(separator) || marked)
            continue;
        found << QStringLiteral("%1:%2: a list joined with \"%3\"").arg(fileName).arg(line).arg(separator);
    }
    return found;
}
