#include "Backup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using tma::Backup;

namespace {

Backup sample()
{
    Backup backup;
    backup.id = QStringLiteral("20261121T211400123Z");
    // Not QDateTime(QDate, QTime, Qt::UTC): that constructor is deprecated from Qt 6.8 on.
    backup.createdAt = QDateTime::fromString(QStringLiteral("2026-11-21T21:14:00.123Z"), Qt::ISODateWithMs);
    backup.server = QStringLiteral("http://localhost:3000");
    backup.serverVersion = QStringLiteral("0.6.30");
    backup.reason = QStringLiteral("apply local");
    backup.original = true;
    backup.taskConfig =
        QJsonObject{{QStringLiteral("TASK_MODEL"), QStringLiteral("llama3.1:70b")},
                    {QStringLiteral("TASK_MODEL_PARAMS"), QJsonObject{{QStringLiteral("max_tokens"), 64}}}};
    backup.openAiConfig =
        QJsonObject{{QStringLiteral("OPENAI_API_KEYS"), QJsonArray{QStringLiteral("<redacted>")}}};
    backup.addedConnections = {QStringLiteral("https://openrouter.ai/api/v1")};
    return backup;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void roundTripThroughText();
    void rejects_data();
    void rejects();
    void optionalPartsMayBeMissing();
};

void TestBackup::roundTrip()
{
    const Backup original = sample();
    Backup back;
    QVERIFY(Backup::fromJson(original.toJson(), &back));
    QCOMPARE(back.id, original.id);
    QCOMPARE(back.createdAt, original.createdAt);
    QCOMPARE(back.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(back.server, original.server);
    QCOMPARE(back.serverVersion, original.serverVersion);
    QCOMPARE(back.reason, original.reason);
    QCOMPARE(back.original, original.original);
    QCOMPARE(back.taskConfig, original.taskConfig);
    QCOMPARE(back.openAiConfig, original.openAiConfig);
    QCOMPARE(back.addedConnections, original.addedConnections);
    QCOMPARE(back.toJson(), original.toJson());

    Backup notOriginal = sample();
    notOriginal.original = false;
    QVERIFY(Backup::fromJson(notOriginal.toJson(), &back));
    QVERIFY(!back.original);
}

void TestBackup::roundTripThroughText()
{
    const QByteArray text = QJsonDocument(sample().toJson()).toJson();
    Backup back;
    QVERIFY(Backup::fromJson(QJsonDocument::fromJson(text).object(), &back));
    QCOMPARE(back.createdAt, sample().createdAt);
    QCOMPARE(back.taskConfig, sample().taskConfig);
}

void TestBackup::rejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QJsonObject good = sample().toJson();

    QJsonObject noFormat = good;
    noFormat.remove(QStringLiteral("format"));
    QTest::newRow("no format") << noFormat;
    QJsonObject futureFormat = good;
    futureFormat.insert(QStringLiteral("format"), 2);
    QTest::newRow("future format") << futureFormat;
    QJsonObject noTaskConfig = good;
    noTaskConfig.remove(QStringLiteral("task_config"));
    QTest::newRow("no task config") << noTaskConfig;
    QJsonObject taskConfigArray = good;
    taskConfigArray.insert(QStringLiteral("task_config"), QJsonArray{});
    QTest::newRow("task config not an object") << taskConfigArray;
    QJsonObject noId = good;
    noId.remove(QStringLiteral("id"));
    QTest::newRow("no id") << noId;
    QTest::newRow("empty") << QJsonObject{};
}

void TestBackup::rejects()
{
    QFETCH(QJsonObject, json);
    Backup out = sample();
    out.reason = QStringLiteral("untouched");
    QVERIFY(!Backup::fromJson(json, &out));
    QCOMPARE(out.reason, QStringLiteral("untouched"));
}

void TestBackup::optionalPartsMayBeMissing()
{
    QJsonObject json = sample().toJson();
    json.remove(QStringLiteral("openai_config"));
    json.remove(QStringLiteral("added_connections"));
    json.remove(QStringLiteral("reason"));
    Backup back;
    QVERIFY(Backup::fromJson(json, &back));
    QVERIFY(back.openAiConfig.isEmpty());
    QVERIFY(back.addedConnections.isEmpty());
    QVERIFY(back.reason.isEmpty());
    QCOMPARE(back.taskConfig, sample().taskConfig);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
