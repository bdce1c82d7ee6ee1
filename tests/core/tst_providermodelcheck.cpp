// A hosted model id is taken only when the provider lists it, exactly; without a list it can't be
// checked and is taken as typed.
#include "ProviderModelCheck.h"

#include <QtTest>

using tma::ProviderModelCheck;
using Verdict = tma::ProviderModelCheck::Verdict;

Q_DECLARE_METATYPE(tma::ProviderModelCheck::Verdict)

class TestProviderModelCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        const QStringList offered{QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("qwen/qwen2.5-7b")};
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QString>("id");
        QTest::addColumn<Verdict>("expected");
        QTest::newRow("listed") << offered << QStringLiteral("openai/gpt-4o-mini") << Verdict::Listed;
        QTest::newRow("listed, spaces around")
            << offered << QStringLiteral(" qwen/qwen2.5-7b ") << Verdict::Listed;
        QTest::newRow("part of a name") << offered << QStringLiteral("gpt-4o-mini") << Verdict::NotListed;
        QTest::newRow("other case") << offered << QStringLiteral("OpenAI/GPT-4o-mini") << Verdict::NotListed;
        QTest::newRow("unknown") << offered << QStringLiteral("openai/gpt-5-nano") << Verdict::NotListed;
        QTest::newRow("nothing typed") << offered << QStringLiteral("  ") << Verdict::Empty;
        QTest::newRow("no list") << QStringList() << QStringLiteral("vendor/model") << Verdict::CannotCheck;
    }

    void verdicts()
    {
        QFETCH(QStringList, offered);
        QFETCH(QString, id);
        QFETCH(Verdict, expected);
        QCOMPARE(ProviderModelCheck::check(offered, id), expected);
    }
};

QTEST_APPLESS_MAIN(TestProviderModelCheck)
#include "tst_providermodelcheck.moc"
