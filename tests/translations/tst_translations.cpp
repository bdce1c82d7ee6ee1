// Every language is complete and correct: no unfinished or stale entries, the same placeholders as
// the English text, one accelerator where the English has one and no two alike in a form, the
// plural forms the language needs, and nothing in the sources that the .ts files lack. Sentences
// are whole: no English left as a translation, no translated text glued in the code.
#include "GluedText.h"
#include "TsFile.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList kLanguages = {QStringLiteral("fr"), QStringLiteral("zh_TW"), QStringLiteral("zh_CN"),
                                QStringLiteral("ja"), QStringLiteral("es"), QStringLiteral("ko")};

// "%1" twice and "%2" once → {"%1","%1","%2"} (sorted), so counts must match too.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.sort();
    return found;
}

// The letter after a single '&' ('&&' is a literal ampersand), or an empty string.
QString accelerator(const QString& text, int* count)
{
    *count = 0;
    QString letter;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        ++*count;
        if (i + 1 < text.size())
            letter = text.at(i + 1).toLower();
    }
    return letter;
}

// Code the glue finder is tried on (moc cannot read it as raw strings in this file).
QString sample(const QString& name)
{
    QFile file(QStringLiteral(TMA_SOURCE_DIR "/tests/translations/samples/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int pluralForms(const QString& language)
{
    return (language == QLatin1String("fr") || language == QLatin1String("es")) ? 2 : 1;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void complete()
    {
        QFETCH(QString, language);
        TsFile ts;
        QString error;
        QVERIFY2(TsFile::read(TsFile::pathFor(language), &ts, &error), qPrintable(error));
        QVERIFY(ts.messages.size() > 300);
        QStringList problems;
        for (const TsMessage& message : std::as_const(ts.messages)) {
            const QString where = message.context + QStringLiteral(": \"") + message.source.left(60) + QLatin1Char('"');
            if (message.unfinished)
                problems << QStringLiteral("unfinished: ") + where;
            if (message.obsolete)
                problems << QStringLiteral("obsolete entry kept: ") + where;
            if (message.numerus && message.translations.size() != pluralForms(language))
                problems << QStringLiteral("plural forms: ") + where;
            for (const QString& translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void placeholdersMatch_data() { complete_data(); }

    void placeholdersMatch()
    {
        QFETCH(QString, language);
        TsFile ts;
        QString error;
        QVERIFY2(TsFile::read(TsFile::pathFor(language), &ts, &error), qPrintable(error));
        QStringList problems;
        for (const TsMessage& message : std::as_const(ts.messages)) {
            QStringList expected = placeholders(message.source);
            for (const QString& translation : message.translations) {
                QStringList actual = placeholders(translation);
                if (message.numerus) { // a plural form may drop %n only when the source has it once
                    actual.removeAll(QStringLiteral("%n"));
                    expected.removeAll(QStringLiteral("%n"));
                }
                if (actual != expected)
                    problems << QStringLiteral("%1: \"%2\" has %3, expected %4")
                                    .arg(message.context, translation.left(60), actual.join(QLatin1Char(',')),
                                         expected.join(QLatin1Char(',')));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void acceleratorsDoNotClash_data() { complete_data(); }

    void acceleratorsDoNotClash()
    {
        QFETCH(QString, language);
        TsFile ts;
        QString error;
        QVERIFY2(TsFile::read(TsFile::pathFor(language), &ts, &error), qPrintable(error));
        QStringList problems;
        QHash<QString, QHash<QString, QString>> used; // context → letter → source
        for (const TsMessage& message : std::as_const(ts.messages)) {
            int sourceCount = 0;
            accelerator(message.source, &sourceCount);
            for (const QString& translation : message.translations) {
                int count = 0;
                const QString letter = accelerator(translation, &count);
                if (count != sourceCount) {
                    problems << QStringLiteral("%1: \"%2\" has %3 accelerator(s), the source %4")
                                    .arg(message.context, translation.left(60))
                                    .arg(count)
                                    .arg(sourceCount);
                    continue;
                }
                if (letter.isEmpty())
                    continue;
                // Forms (.ui contexts) and the wizard share one window: letters must differ there.
                QHash<QString, QString>& letters = used[message.context];
                if (letters.contains(letter) && letters.value(letter) != message.source)
                    problems << QStringLiteral("%1: '&%2' used by \"%3\" and \"%4\"")
                                    .arg(message.context, letter, letters.value(letter), message.source);
                letters.insert(letter, message.source);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A translation left in English: a user of that language would read an English fragment in the
    // middle of their own (the product's name and example addresses are the same everywhere).
    void noEnglishLeft_data() { complete_data(); }
    void noEnglishLeft()
    {
        QFETCH(QString, language);
        TsFile ts;
        QString error;
        QVERIFY2(TsFile::read(TsFile::pathFor(language), &ts, &error), qPrintable(error));
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        static const QRegularExpression sameEverywhere(
            QStringLiteral("Task Model Assistant|\\S+@\\S+|%\\d+"));
        // Words a language shares with English, checked by hand.
        const QStringList shared =
            language == QLatin1String("es") ? QStringList{QStringLiteral("Error: %1")} : QStringList();
        QStringList problems;
        for (const TsMessage& message : std::as_const(ts.messages)) {
            if (shared.contains(message.source))
                continue;
            QString words = message.source;
            words.remove(sameEverywhere);
            if (message.translations.contains(message.source) && words.contains(word))
                problems << message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The finder below fails on glued text: checked on code that glues, and on code that doesn't.
    void gluedTextIsFound()
    {
        const QString glued = sample(QStringLiteral("glued.txt"));
        const QStringList found = GluedText::in(glued, QStringLiteral("glued.cpp"));
        QVERIFY2(found.size() == 7, qPrintable(found.join(QLatin1Char('\n')))); // a: glued on both sides
        for (const QString& line :
             {QStringLiteral("glued.cpp:2:"), QStringLiteral("glued.cpp:3:"), QStringLiteral("glued.cpp:5:"),
              QStringLiteral("glued.cpp:6:"), QStringLiteral("glued.cpp:7:"), QStringLiteral("glued.cpp:8:")})
            QVERIFY2(found.join(QLatin1Char('\n')).contains(line),
                     qPrintable(line + found.join(QLatin1Char('\n'))));
        const QString whole = sample(QStringLiteral("whole.txt"));
        const QStringList none = GluedText::in(whole, QStringLiteral("whole.cpp"));
        QVERIFY2(none.size() == 1 && none.first().startsWith(QLatin1String("whole.cpp:9:")),
                 qPrintable(
                     none.join(QLatin1Char('\n')))); // g: a literal glued in front of tr(), whatever it holds
    }

    // The product's own code glues no translated text.
    void sentencesAreWhole()
    {
        QStringList problems;
        QDirIterator it(QStringLiteral(TMA_SOURCE_DIR "/src"),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            problems << GluedText::in(QString::fromUtf8(file.readAll()),
                                      QDir(QStringLiteral(TMA_SOURCE_DIR)).relativeFilePath(path));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate on a copy of the .ts files must find no new string and drop no stale one.
    void inStepWithSources()
    {
        QTemporaryDir dir;
        QStringList copies;
        for (const QString& language : kLanguages) {
            const QString copy = dir.filePath(QFileInfo(TsFile::pathFor(language)).fileName());
            QVERIFY(QFile::copy(TsFile::pathFor(language), copy));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            copies << copy;
        }
        QProcess lupdate;
        QSignalSpy finished(&lupdate, &QProcess::finished);
        const QString root = QStringLiteral(TMA_SOURCE_DIR);
        lupdate.start(QStringLiteral(TMA_LUPDATE),
                      QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                  root + QStringLiteral("/src/core"), root + QStringLiteral("/src/cli"),
                                  root + QStringLiteral("/src/gui"), root + QStringLiteral("/src/app"),
                                  root + QStringLiteral("/ui"), QStringLiteral("-ts")} +
                          copies);
        QVERIFY(finished.wait(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        for (int i = 0; i < kLanguages.size(); ++i) {
            TsFile committed;
            TsFile updated;
            QString error;
            QVERIFY2(TsFile::read(TsFile::pathFor(kLanguages.at(i)), &committed, &error), qPrintable(error));
            QVERIFY2(TsFile::read(copies.at(i), &updated, &error), qPrintable(error));
            QStringList missing;
            for (const TsMessage& message : std::as_const(updated.messages)) {
                if (message.unfinished)
                    missing << message.context + QStringLiteral(": ") + message.source.left(70);
            }
            QVERIFY2(missing.isEmpty(), qPrintable(kLanguages.at(i) + QStringLiteral(" lacks (run update_translations, "
                                                                                    "then translate):\n") +
                                                   missing.join(QLatin1Char('\n'))));
            QVERIFY2(updated.messages.size() == committed.messages.size(),
                     qPrintable(kLanguages.at(i) + QStringLiteral(": stale entries no source uses any more "
                                                                  "(run update_translations)")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
