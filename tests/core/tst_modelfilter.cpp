// The filter over model lists: any part of the id or the display name, in any case.
#include "ModelFilter.h"

#include <QtTest>

using tma::ModelFilter;

class TestModelFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAnywhereInAnyCase()
    {
        const ModelFilter filter(QStringLiteral(" 3B "));
        QVERIFY(filter.isActive());
        QCOMPARE(filter.text(), QStringLiteral("3B"));
        QVERIFY(filter.matches(QStringLiteral("qwen2.5:3b")));
        QVERIFY(filter.matches(QStringLiteral("meta-llama/llama-3.2-3b-instruct")));
        QVERIFY(!filter.matches(QStringLiteral("llama3.1:70b")));
        QVERIFY(filter.matches(QStringLiteral("my-model"), QStringLiteral("Llama 3B tuned")));
    }

    void emptyKeepsEverything()
    {
        const ModelFilter filter(QStringLiteral("   "));
        QVERIFY(!filter.isActive());
        QVERIFY(filter.matches(QStringLiteral("anything")));
        QVERIFY(filter.matches(QString()));
    }
};

QTEST_APPLESS_MAIN(TestModelFilter)
#include "tst_modelfilter.moc"
