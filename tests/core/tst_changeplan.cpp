#include "ChangePlan.h"

#include <QJsonObject>
#include <QtTest>

using tma::Automation;
using tma::ChangePlan;
using tma::ModelCatalog;
using tma::ModelInfo;
using tma::Preset;
using tma::PresetIssue;
using tma::TaskConfig;

namespace {

TaskConfig serverConfig()
{
    return TaskConfig(QJsonObject{{QStringLiteral("TASK_MODEL"), QString()},
                                  {QStringLiteral("TASK_MODEL_EXTERNAL"), QString()},
                                  {QStringLiteral("ENABLE_TITLE_GENERATION"), true},
                                  {QStringLiteral("ENABLE_TAGS_GENERATION"), true},
                                  {QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE"), QStringLiteral("…")}});
}

ModelInfo localModel(const QString& id, bool isPrivate)
{
    ModelInfo model;
    model.id = id;
    model.ownedBy = QStringLiteral("ollama");
    model.connectionType = QStringLiteral("local");
    model.isPrivate = isPrivate;
    return model;
}

const ChangePlan::Row* findRow(const ChangePlan& plan, ChangePlan::Row::Kind kind, const QString& key = {})
{
    for (const ChangePlan::Row& row : plan.rows()) {
        if (row.kind == kind && (key.isEmpty() || row.key == key))
            return &row;
    }
    return nullptr;
}

} // namespace

class TestChangePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localPresetRowsAreTheSettingsItChanges()
    {
        const ModelCatalog models({localModel(QStringLiteral("qwen2.5:3b"), false)});
        const ChangePlan plan =
            ChangePlan::make(serverConfig(), models, Preset::local(QStringLiteral("qwen2.5:3b")), {});
        QCOMPARE(plan.rows().size(), 2); // both slots; switches and templates untouched
        const ChangePlan::Row* row =
            findRow(plan, ChangePlan::Row::Kind::Setting, QStringLiteral("TASK_MODEL"));
        QVERIFY(row);
        QCOMPARE(row->before.toString(), QString());
        QCOMPARE(row->after.toString(), QStringLiteral("qwen2.5:3b"));
        QCOMPARE(plan.changedKeys(),
                 (QStringList{QStringLiteral("TASK_MODEL"), QStringLiteral("TASK_MODEL_EXTERNAL")}));
        QCOMPARE(plan.target().json().value(QLatin1String("TITLE_GENERATION_PROMPT_TEMPLATE")).toString(),
                 QStringLiteral("…"));
        QVERIFY(plan.errors().isEmpty());
        QVERIFY(plan.changesTaskSettings());
    }

    void unknownModelIsAnError()
    {
        const ChangePlan plan =
            ChangePlan::make(serverConfig(), ModelCatalog(), Preset::local(QStringLiteral("nope:1b")), {});
        QCOMPARE(plan.errors().size(), 1);
        QVERIFY(plan.errors().first().contains(QLatin1String("nope:1b")));
    }

    void privateModelIsSharedOnlyWhenAsked()
    {
        const ModelCatalog models({localModel(QStringLiteral("qwen2.5:3b"), true)});
        const Preset preset = Preset::local(QStringLiteral("qwen2.5:3b"));
        const ChangePlan without = ChangePlan::make(serverConfig(), models, preset, {});
        QVERIFY(!findRow(without, ChangePlan::Row::Kind::ModelAccess));
        QVERIFY(without.modelsToShare().isEmpty());
        QCOMPARE(without.warnings().size(), 1);
        QCOMPARE(without.warnings().first().kind, PresetIssue::Kind::PrivateModel);

        ChangePlan::Options share;
        share.shareModels = true;
        const ChangePlan with = ChangePlan::make(serverConfig(), models, preset, share);
        const ChangePlan::Row* row = findRow(with, ChangePlan::Row::Kind::ModelAccess);
        QVERIFY(row);
        QCOMPARE(row->modelId, QStringLiteral("qwen2.5:3b"));
        QVERIFY(with.willShare(QStringLiteral("qwen2.5:3b")));
    }

    void connectionShortlistCountsAsListedBeforeItIsAdded()
    {
        tma::HostedConnection connection;
        connection.url = QStringLiteral("https://openrouter.ai/api/v1");
        connection.modelIds = {QStringLiteral("meta-llama/llama-3.2-3b-instruct")};
        const Preset preset = Preset::hosted(connection, connection.modelIds.first());
        // The wizard: the server does not list the provider's models yet.
        const ChangePlan before = ChangePlan::make(serverConfig(), ModelCatalog(), preset, {});
        QVERIFY2(before.errors().isEmpty(), qPrintable(before.errors().join(QLatin1Char('\n'))));
        const ChangePlan::Row* row = findRow(before, ChangePlan::Row::Kind::Connection);
        QVERIFY(row);
        QCOMPARE(row->url, connection.url);
        // The applier, once the connection is in place: what the server lists is all that counts.
        ChangePlan::Options listed;
        listed.modelsIncludeConnection = true;
        QCOMPARE(ChangePlan::make(serverConfig(), ModelCatalog(), preset, listed).errors().size(), 1);
    }

    void switchesTheServerLacksAreSkipped()
    {
        Preset preset = Preset::quiet();
        const ChangePlan plan = ChangePlan::make(serverConfig(), ModelCatalog(), preset, {});
        QVERIFY(plan.skipped().contains(Automation::FollowUps));
        QVERIFY(!plan.target().json().contains(QLatin1String("ENABLE_FOLLOW_UP_GENERATION")));
        QVERIFY(findRow(plan, ChangePlan::Row::Kind::Setting, QStringLiteral("ENABLE_TAGS_GENERATION")));
    }

    void nothingToChange()
    {
        const ChangePlan plan =
            ChangePlan::make(serverConfig(), ModelCatalog(), Preset::original(serverConfig().json()), {});
        QVERIFY(plan.rows().isEmpty());
        QVERIFY(!plan.changesTaskSettings());
    }
};

QTEST_APPLESS_MAIN(TestChangePlan)
#include "tst_changeplan.moc"
