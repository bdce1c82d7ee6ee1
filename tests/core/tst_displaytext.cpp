// Server text is shown as text: controls and bidi overrides become visible, never act.
#include "DisplayText.h"

#include <QTest>

using namespace tma;

namespace {
QString u(std::initializer_list<char16_t> chars)
{
    QString text;
    for (char16_t c : chars)
        text += QChar(c);
    return text;
}
const QString kFsi = u({0x2068});
const QString kPdi = u({0x2069});
} // namespace

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forTerminal_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("qwen2.5:3b") << QStringLiteral("qwen2.5:3b");
        QTest::newRow("html stays") << QStringLiteral("<b>x</b> & \\n") << QStringLiteral("<b>x</b> & \\n");
        QTest::newRow("clear screen") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
        QTest::newRow("retitle") << QStringLiteral("\x1b]0;pwned\x07")
                                 << QStringLiteral("\\x1b]0;pwned\\x07");
        QTest::newRow("newline tab cr") << QStringLiteral("a\nb\tc\rd") << QStringLiteral("a\\nb\\tc\\rd");
        QTest::newRow("nul and del") << (QStringLiteral("a") + QChar(0) + QStringLiteral("\x7f"))
                                     << QStringLiteral("a\\x00\\x7f");
        QTest::newRow("c1 csi") << (QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2J"))
                                << QStringLiteral("a\\x9b2J");
        QTest::newRow("rtl override") << (QStringLiteral("gpt") + QChar(0x202e) + QStringLiteral("4pm.exe"))
                                      << QStringLiteral("gpt\\u202e4pm.exe");
        QTest::newRow("isolates and marks") << u({0x2066, 0x2069, 0x200f, 0x061c, 0x2028})
                                            << QStringLiteral("\\u2066\\u2069\\u200f\\u061c\\u2028");
        QTest::newRow("cjk and emoji kept")
            << QStringLiteral("模型 👍🏽 مرحبا") << QStringLiteral("模型 👍🏽 مرحبا");
        QTest::newRow("zwj kept") << u({0xd83d, 0xdc69, 0x200d, 0xd83d, 0xdcbb})
                                  << u({0xd83d, 0xdc69, 0x200d, 0xd83d, 0xdcbb});
    }
    void forTerminal()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::forTerminal(input), expected);
    }

    void neutralised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("llama3.2:3b") << QStringLiteral("llama3.2:3b");
        QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc")
                                         << (QStringLiteral("a") + QChar(0x23ce) + QStringLiteral("b") +
                                             QChar(0x21e5) + QStringLiteral("c"));
        QTest::newRow("escape and bell") << QStringLiteral("\x1b[2J\x07") << QStringLiteral("\\x1b[2J\\x07");
        QTest::newRow("del") << QStringLiteral("\x7f") << QStringLiteral("\\x7f");
        QTest::newRow("override shown")
            << (QStringLiteral("a") + QChar(0x202e) + QStringLiteral("b")) << QStringLiteral("a\\u202eb");
        QTest::newRow("isolate shown") << (QStringLiteral("a") + QChar(0x2069)) << QStringLiteral("a\\u2069");
        QTest::newRow("html kept for plain-text widgets")
            << QStringLiteral("<img src=x>") << QStringLiteral("<img src=x>");
    }
    void neutralised()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::neutralised(input), expected);
    }

    void forDisplayIsolatesTheName()
    {
        QCOMPARE(DisplayText::forDisplay(QStringLiteral("abc")), kFsi + QStringLiteral("abc") + kPdi);
        // An override or an early PDI inside cannot end the isolate or leak past it.
        const QString hostile = QStringLiteral("x") + kPdi + QChar(0x202e) + QStringLiteral("y");
        const QString shown = DisplayText::forDisplay(hostile);
        QVERIFY(shown.startsWith(kFsi));
        QVERIFY(shown.endsWith(kPdi));
        QCOMPARE(shown.count(kPdi), 1);
        QVERIFY(!shown.contains(QChar(0x202e)));
        QCOMPARE(DisplayText::forDisplay(QString()), QString());
    }

    void nothingUnsafeSurvives()
    {
        // Every code unit that can act on layout or on a terminal is replaced, in both forms.
        for (char16_t c = 0; c < 0xffff; ++c) {
            const QString text(QChar{c});
            const bool unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
                                (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c ||
                                c == 0x2028 || c == 0x2029;
            if (!unsafe)
                continue;
            QVERIFY2(!DisplayText::forTerminal(text).contains(QChar{c}), qPrintable(QString::number(c, 16)));
            QVERIFY2(!DisplayText::neutralised(text).contains(QChar{c}), qPrintable(QString::number(c, 16)));
            for (const QChar out : DisplayText::forTerminal(text))
                QVERIFY(out.unicode() >= 0x20 && out.unicode() < 0x7f);
        }
    }
};

QTEST_APPLESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
