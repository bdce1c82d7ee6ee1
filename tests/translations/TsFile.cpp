#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

QString TsFile::pathFor(const QString& language)
{
    return QStringLiteral(TMA_SOURCE_DIR "/translations/task-model-assistant_%1.ts").arg(language);
}

bool TsFile::read(const QString& path, TsFile* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    TsFile ts;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                message.unfinished = type == QLatin1String("unfinished");
                message.obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << message;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    *out = ts;
    return true;
}
