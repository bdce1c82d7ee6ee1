// The tray's names: a short one is shown whole without measuring (no font loaded at the tray's
// start), exactly as the measured path would show it; a long one is cut to the menu's width; both
// are neutralised and isolated the same way.

#include "ElidedName.h"
#include "TrayText.h"

#include <QApplication>
#include <QFontMetrics>
#include <QtTest>

using namespace tma;

class TestTrayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortNamesAreShownWholeAsMeasuringWouldShowThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("latin") << QStringLiteral("qwen2.5:3b");
        QTest::newRow("twenty-cjk") << QString(20, QChar(0x6f22)); // 漢 × 20: wide glyphs still fit
        QTest::newRow("bidi-override") << QStringLiteral("a\u202Eb:1b");
        QTest::newRow("control") << QStringLiteral("x\ny");
        QTest::newRow("ampersand") << QStringLiteral("R&D");
    }
    void shortNamesAreShownWholeAsMeasuringWouldShowThem()
    {
        QFETCH(QString, name);
        const QFontMetrics metrics(QApplication::font("QMenu"));
        const QString measured = ElidedName::inText(name, metrics, ElidedName::defaultWidth(metrics));
        QCOMPARE(TrayText::shownName(name), measured);
        QVERIFY(!measured.contains(QChar(0x2026))); // nothing was cut
        const QString sentence = QStringLiteral("Task model %1 for all chats.").arg(name);
        QCOMPARE(TrayText::shownSentence(sentence, {name}),
                 ElidedName::inSentence(sentence, {name}, metrics, ElidedName::defaultWidth(metrics)));
    }

    void longNamesAreCut()
    {
        const QString name = QStringLiteral("hf.co/some-organisation/a-very-long-model-name-GGUF:Q4_K_M-%1")
                                 .arg(QString(200, QLatin1Char('x')));
        const QString shown = TrayText::shownName(name);
        QVERIFY(shown.contains(QChar(0x2026)));
        QVERIFY(shown.size() < name.size());
        const QString sentence =
            TrayText::shownSentence(QStringLiteral("Task model %1 for all chats.").arg(name), {name});
        QVERIFY(sentence.startsWith(QLatin1String("Task model ")));
        QVERIFY(sentence.contains(QChar(0x2026)));
        QVERIFY(!sentence.contains(name));
    }
};

QTEST_MAIN(TestTrayText)
#include "tst_traytext.moc"
