#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A Qt Linguist .ts file, read for checking.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool obsolete = false;    // "vanished" or "obsolete"
    bool numerus = false;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;

    static bool read(const QString& path, TsFile* out, QString* error);
    // The committed catalogue of a language, in the source tree (TMA_SOURCE_DIR).
    static QString pathFor(const QString& language);
};
