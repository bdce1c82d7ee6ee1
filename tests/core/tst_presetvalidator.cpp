#include "PresetValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using tma::ModelCatalog;
using tma::Preset;
using tma::PresetIssue;
using tma::PresetValidator;

Q_DECLARE_METATYPE(tma::PresetIssue::Kind)

namespace {

// A workspace record that every user may read (the usual state after an admin set it public).
QJsonObject publicRecord(const QString& id)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("access_control"), QJsonValue::Null}};
}

QJsonObject ollamaModel(const QString& id, const QString& parameterSize, qint64 size)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), id},
                       {QStringLiteral("owned_by"), QStringLiteral("ollama")},
                       {QStringLiteral("connection_type"), QStringLiteral("local")},
                       {QStringLiteral("info"), publicRecord(id)},
                       {QStringLiteral("ollama"),
                        QJsonObject{{QStringLiteral("size"), static_cast<double>(size)},
                                    {QStringLiteral("details"),
                                     QJsonObject{{QStringLiteral("parameter_size"), parameterSize}}}}}};
}

QJsonObject openAiModel(const QString& id)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), id},
                       {QStringLiteral("owned_by"), QStringLiteral("openai")},
                       {QStringLiteral("connection_type"), QStringLiteral("external")},
                       {QStringLiteral("info"), publicRecord(id)},
                       {QStringLiteral("urlIdx"), 0}};
}

// A model nobody made a workspace record for (freshly pulled): no `info`.
QJsonObject withoutRecord(QJsonObject model)
{
    model.remove(QStringLiteral("info"));
    return model;
}

QJsonObject withAccess(QJsonObject model, const QJsonValue& accessControl)
{
    model.insert(QStringLiteral("info"), QJsonObject{{QStringLiteral("id"), model.value(QLatin1String("id"))},
                                                     {QStringLiteral("access_control"), accessControl}});
    return model;
}

ModelCatalog serverModels()
{
    return ModelCatalog::fromJson(QJsonObject{
        {QStringLiteral("data"),
         QJsonArray{
             ollamaModel(QStringLiteral("qwen2.5:3b"), QStringLiteral("3.1B"), 1929912832),
             ollamaModel(QStringLiteral("llama3.2:1b"), QStringLiteral("1.2B"), 1321098329),
             ollamaModel(QStringLiteral("deepseek-r1:32b"), QStringLiteral("32.8B"), 19851337640),
             ollamaModel(QStringLiteral("deepseek-r1:1.5b"), QStringLiteral("1.8B"), 1117322599),
             ollamaModel(QStringLiteral("qwq"), QStringLiteral("32.8B"), 19851336256),
             ollamaModel(QStringLiteral("llama3.1:70b"), QStringLiteral("70.6B"), 42520412561),
             ollamaModel(QStringLiteral("mistral:7b"), QStringLiteral("7.2B"), 4113301824),
             withAccess(
                 ollamaModel(QStringLiteral("team-helper:3b"), QStringLiteral("3.2B"), 2019393189),
                 QJsonObject{{QStringLiteral("read"),
                              QJsonObject{{QStringLiteral("group_ids"), QJsonArray{QStringLiteral("g1")}}}}}),
             withAccess(ollamaModel(QStringLiteral("public-helper:3b"), QStringLiteral("3.2B"), 2019393189),
                        QJsonValue::Null),
             openAiModel(QStringLiteral("openai/gpt-4o-mini")),
             openAiModel(QStringLiteral("o3-mini")),
             openAiModel(QStringLiteral("anthropic/claude-3.7-sonnet-thinking")),
             openAiModel(QStringLiteral("meta-llama/llama-3.1-405b-instruct")),
             withAccess(openAiModel(QStringLiteral("private/ext")), QJsonObject{}),
             withoutRecord(ollamaModel(QStringLiteral("fresh-pull:3b"), QStringLiteral("3.2B"), 2019393189)),
         }}});
}

int count(const QList<PresetIssue>& issues, PresetIssue::Kind kind)
{
    return static_cast<int>(std::count_if(issues.begin(), issues.end(),
                                          [kind](const PresetIssue& issue) { return issue.kind == kind; }));
}

QString describe(const QList<PresetIssue>& issues)
{
    QStringList parts;
    for (const PresetIssue& issue : issues)
        parts << QStringLiteral("%1/%2/%3")
                     .arg(static_cast<int>(issue.kind))
                     .arg(static_cast<int>(issue.severity))
                     .arg(issue.modelId);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestPresetValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleIssue_data();
    void singleIssue();
    void cleanModels_data();
    void cleanModels();
    void largeReasoningModelGetsBoth();
    void sharedSlotReportedOnce();
    void splitSlotsEachChecked();
    void quietAndOriginalHaveNoModelIssues();
    void currentModelIsNotChecked();
    void hasErrors();
};

void TestPresetValidator::singleIssue_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<PresetIssue::Kind>("kind");
    QTest::addColumn<bool>("isError");

    QTest::newRow("unknown") << "qwen2.5:7b" << PresetIssue::Kind::UnknownModel << true;
    QTest::newRow("unknown typo") << "qwen2.5-3b" << PresetIssue::Kind::UnknownModel << true;
    QTest::newRow("reasoning small local")
        << "deepseek-r1:1.5b" << PresetIssue::Kind::ReasoningModel << false;
    QTest::newRow("reasoning o3-mini") << "o3-mini" << PresetIssue::Kind::ReasoningModel << false;
    QTest::newRow("reasoning -thinking")
        << "anthropic/claude-3.7-sonnet-thinking" << PresetIssue::Kind::ReasoningModel << false;
    QTest::newRow("private local") << "team-helper:3b" << PresetIssue::Kind::PrivateModel << false;
    QTest::newRow("private external") << "private/ext" << PresetIssue::Kind::PrivateModel << false;
    // utils/models.py check_model_access: no workspace record, no task for regular users.
    QTest::newRow("no record (freshly pulled)")
        << "fresh-pull:3b" << PresetIssue::Kind::PrivateModel << false;
    QTest::newRow("large 70b") << "llama3.1:70b" << PresetIssue::Kind::LargeModel << false;
    QTest::newRow("large 7b") << "mistral:7b" << PresetIssue::Kind::LargeModel << false;
}

void TestPresetValidator::singleIssue()
{
    QFETCH(QString, model);
    QFETCH(PresetIssue::Kind, kind);
    QFETCH(bool, isError);

    const QList<PresetIssue> issues = PresetValidator::validate(Preset::local(model), serverModels());
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    const PresetIssue& issue = issues.first();
    QVERIFY(issue.kind == kind);
    QVERIFY(issue.severity == (isError ? PresetIssue::Severity::Error : PresetIssue::Severity::Warning));
    QCOMPARE(issue.modelId, model);
    QVERIFY(issue.message.contains(model));
    QCOMPARE(PresetValidator::hasErrors(issues), isError);
}

void TestPresetValidator::cleanModels_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("qwen2.5:3b") << "qwen2.5:3b";
    QTest::newRow("llama3.2:1b") << "llama3.2:1b";
    QTest::newRow("public (access_control null)") << "public-helper:3b";
    QTest::newRow("hosted small") << "openai/gpt-4o-mini";
    // External models are not judged by size: the provider's hardware does the work.
    QTest::newRow("hosted large") << "meta-llama/llama-3.1-405b-instruct";
}

void TestPresetValidator::cleanModels()
{
    QFETCH(QString, model);
    const QList<PresetIssue> issues = PresetValidator::validate(Preset::local(model), serverModels());
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QVERIFY(!PresetValidator::hasErrors(issues));
}

void TestPresetValidator::largeReasoningModelGetsBoth()
{
    for (const char* id : {"deepseek-r1:32b", "qwq"}) {
        const QList<PresetIssue> issues =
            PresetValidator::validate(Preset::local(QLatin1String(id)), serverModels());
        QCOMPARE(count(issues, PresetIssue::Kind::ReasoningModel), 1);
        QCOMPARE(count(issues, PresetIssue::Kind::LargeModel), 1);
        QCOMPARE(issues.size(), 2);
        QVERIFY(!PresetValidator::hasErrors(issues));
        for (const PresetIssue& issue : issues) {
            QVERIFY(issue.severity == PresetIssue::Severity::Warning);
            QVERIFY(!issue.message.isEmpty());
        }
    }
}

void TestPresetValidator::sharedSlotReportedOnce()
{
    // local() puts the model in both slots: one problem, one issue.
    const QList<PresetIssue> issues =
        PresetValidator::validate(Preset::local(QStringLiteral("does-not-exist")), serverModels());
    QCOMPARE(issues.size(), 1);
    QVERIFY(PresetValidator::hasErrors(issues));
}

void TestPresetValidator::splitSlotsEachChecked()
{
    Preset preset;
    preset.id = QStringLiteral("split");
    preset.taskModel = QStringLiteral("missing:1b");
    preset.taskModelExternal = QStringLiteral("o3-mini");
    const QList<PresetIssue> issues = PresetValidator::validate(preset, serverModels());
    QCOMPARE(issues.size(), 2);
    QCOMPARE(count(issues, PresetIssue::Kind::UnknownModel), 1);
    QCOMPARE(count(issues, PresetIssue::Kind::ReasoningModel), 1);
    QVERIFY(PresetValidator::hasErrors(issues));
    for (const PresetIssue& issue : issues) {
        if (issue.kind == PresetIssue::Kind::UnknownModel)
            QCOMPARE(issue.modelId, QStringLiteral("missing:1b"));
        else
            QCOMPARE(issue.modelId, QStringLiteral("o3-mini"));
    }
}

void TestPresetValidator::quietAndOriginalHaveNoModelIssues()
{
    QVERIFY(PresetValidator::validate(Preset::quiet(), serverModels()).isEmpty());
    QVERIFY(PresetValidator::validate(Preset::quiet(), ModelCatalog()).isEmpty());
    const Preset original =
        Preset::original(QJsonObject{{QStringLiteral("TASK_MODEL"), QStringLiteral("gone:1b")}});
    QVERIFY(PresetValidator::validate(original, ModelCatalog()).isEmpty());
}

void TestPresetValidator::currentModelIsNotChecked()
{
    // "" = Current Model: nothing to look up.
    QVERIFY(PresetValidator::validate(Preset::local(QString()), ModelCatalog()).isEmpty());
}

void TestPresetValidator::hasErrors()
{
    QVERIFY(!PresetValidator::hasErrors({}));
    const PresetIssue warning{
        PresetIssue::Severity::Warning, PresetIssue::Kind::LargeModel, QStringLiteral("a"), {}};
    const PresetIssue error{
        PresetIssue::Severity::Error, PresetIssue::Kind::UnknownModel, QStringLiteral("b"), {}};
    QVERIFY(!PresetValidator::hasErrors({warning, warning}));
    QVERIFY(PresetValidator::hasErrors({warning, error}));
    QVERIFY(PresetValidator::hasErrors({error}));
    // Everything is unknown on an empty catalog.
    QVERIFY(PresetValidator::hasErrors(
        PresetValidator::validate(Preset::local(QStringLiteral("qwen2.5:3b")), ModelCatalog())));
}

QTEST_GUILESS_MAIN(TestPresetValidator)
#include "tst_presetvalidator.moc"
