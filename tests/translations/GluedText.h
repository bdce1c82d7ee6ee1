#pragma once

#include <QString>
#include <QStringList>

// Finds, in C++ source, translated text glued to other text instead of composed by a translatable
// pattern: tr(…) followed or preceded by "+" and a literal or another tr(…), and a translated list
// joined with a fixed separator. A line break between sentences is fine (every language has them);
// so is a join on a line marked "not prose" (logs, identifiers).
class GluedText
{
public:
    // One line per finding: "file:line: what".
    static QStringList in(const QString& source, const QString& fileName);
};
