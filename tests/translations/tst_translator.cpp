// The translations reach the user on every Qt: each language's catalogue is embedded where the
// Translator looks for it, and installing a language makes every message of its .ts come back
// translated. (On Qt >= 6.7.1 the catalogues used to be embedded elsewhere and every language ran
// in English without a word: this test fails on that, whatever the screenshots look like.)
#include "Translator.h"
#include "TsFile.h"

#include <QCoreApplication>
#include <QTest>

using tma::Translator;

class TestTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translator::install(QStringLiteral("en")); }

    void everyLanguageLoads_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Translator::languages()) {
            if (language != QLatin1String("en"))
                QTest::newRow(qPrintable(language)) << language;
        }
    }

    void everyLanguageLoads()
    {
        QFETCH(QString, language);
        QVERIFY2(!Translator::catalogue(language).isEmpty(),
                 qPrintable(QStringLiteral("no embedded catalogue for %1").arg(language)));
        QCOMPARE(Translator::install(language), language);
        QVERIFY(Translator::catalogueLoaded());

        TsFile ts;
        QString error;
        QVERIFY2(TsFile::read(TsFile::pathFor(language), &ts, &error), qPrintable(error));
        QVERIFY(ts.messages.size() > 300);
        QStringList untranslated;
        for (const TsMessage& message : std::as_const(ts.messages)) {
            if (message.numerus || message.obsolete || message.translations.isEmpty())
                continue;
            // translate() takes UTF-8 (qPrintable would be the ANSI code page on Windows).
            const QString shown = QCoreApplication::translate(message.context.toUtf8().constData(),
                                                              message.source.toUtf8().constData());
            if (shown != message.translations.constFirst())
                untranslated << message.context + QStringLiteral(": ") + message.source.left(60);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void englishNeedsNoCatalogue()
    {
        QVERIFY(Translator::catalogue(QStringLiteral("en")).isEmpty());
        QCOMPARE(Translator::install(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(Translator::catalogueLoaded());
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Translator::install(QStringLiteral("xx")), QStringLiteral("en"));
        QVERIFY(Translator::catalogue(QStringLiteral("xx")).isEmpty());
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    TestTranslator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translator.moc"
