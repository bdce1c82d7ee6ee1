// Ollama's pull steps in the user's words: every step Ollama sends (server/images.go) has its own
// sentence, none of Ollama's English comes through, and a step Ollama adds later is shown marked
// as Ollama's.
#include "DisplayText.h"
#include "PullStatusText.h"
#include "Translator.h"

#include <QtTest>

using namespace tma;

class TestPullStatusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStepInOurWords_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("completed");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("expected");
        QTest::newRow("manifest") << QStringLiteral("pulling manifest") << 0LL << 0LL
                                  << QStringLiteral("Getting the list of files of qwen2.5:3b…");
        QTest::newRow("layer") << QStringLiteral("pulling 5ee4f07cdb9b") << 500000000LL << 2000000000LL
                               << QStringLiteral("Downloading qwen2.5:3b: 500.0 MB of 2.0 GB (25%).");
        QTest::newRow("layer, size unknown") << QStringLiteral("pulling 5ee4f07cdb9b") << 0LL << 0LL
                                             << QStringLiteral("Downloading qwen2.5:3b…");
        QTest::newRow("verify") << QStringLiteral("verifying sha256 digest") << 0LL << 0LL
                                << QStringLiteral("Checking the downloaded files of qwen2.5:3b…");
        QTest::newRow("write") << QStringLiteral("writing manifest") << 0LL << 0LL
                               << QStringLiteral("Saving qwen2.5:3b on the server…");
        QTest::newRow("prune") << QStringLiteral("removing any unused layers") << 0LL << 0LL
                               << QStringLiteral(
                                      "Removing files of an older qwen2.5:3b that are no longer needed…");
        QTest::newRow("success") << QStringLiteral("success") << 0LL << 0LL
                                 << QStringLiteral("qwen2.5:3b is downloaded.");
        QTest::newRow("a step Ollama adds later")
            << QStringLiteral("unpacking model") << 0LL << 0LL
            << QStringLiteral("Downloading qwen2.5:3b. Ollama reports: unpacking model");
        // Ollama's own words are the server's: shown in the front end's safe form.
        QTest::newRow("server's words")
            << QStringLiteral("odd\x1b[2J step") << 0LL << 0LL
            << QStringLiteral("Downloading qwen2.5:3b. Ollama reports: odd\\x1b[2J step");
    }
    void everyStepInOurWords()
    {
        QFETCH(QString, status);
        QFETCH(qint64, completed);
        QFETCH(qint64, total);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(PullStatusText::sentence(QStringLiteral("qwen2.5:3b"), status, completed, total,
                                          &DisplayText::forTerminal),
                 expected);
    }

    // In another language no word of Ollama's known steps is left, and sizes are the locale's.
    void translated()
    {
        QCOMPARE(Translator::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French));
        for (const QString& status :
             {QStringLiteral("pulling manifest"), QStringLiteral("pulling 5ee4f07cdb9b"),
              QStringLiteral("verifying sha256 digest"), QStringLiteral("writing manifest"),
              QStringLiteral("success")}) {
            const QString text = PullStatusText::sentence(QStringLiteral("qwen2.5:3b"), status, 1500000000LL,
                                                          2000000000LL, &DisplayText::forTerminal);
            for (const char* english :
                 {"pulling", "manifest", "verifying", "writing", "success", "Downloading"})
                QVERIFY2(!text.contains(QLatin1String(english)), qPrintable(text));
        }
        QVERIFY(PullStatusText::sentence(QStringLiteral("m"), QStringLiteral("pulling 5ee4f07cdb9b"),
                                         1500000000LL, 2000000000LL, &DisplayText::forTerminal)
                    .contains(QStringLiteral("1,5")));
        Translator::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

QTEST_GUILESS_MAIN(TestPullStatusText)
#include "tst_pullstatustext.moc"
