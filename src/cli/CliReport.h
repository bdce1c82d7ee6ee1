#pragma once

#include "ConfigApplier.h"
#include "ContentionResult.h"
#include "Preset.h"
#include "ProbeResult.h"
#include "Session.h"
#include "TaskConfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tma::cli {

// Turns results into what the CLI prints: sentences for people, JSON for scripts.
class CliReport
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)
public:
    static QString slotValue(const QString& modelId); // "" reads as "Current Model"

    // `issues`: what PresetValidator finds in the task models the server uses now.
    static QStringList statusText(const Session& session, const TaskConfig& config,
                                  const QStringList& matching, int backupCount,
                                  const QList<PresetIssue>& issues);
    static QJsonObject statusJson(const Session& session, const TaskConfig& config,
                                  const QStringList& matching, int backupCount,
                                  const QList<PresetIssue>& issues);

    static QStringList applyText(const Preset& preset, const ConfigApplier::Report& report);
    static QJsonObject applyJson(const Preset& preset, const ConfigApplier::Report& report, const ApiError& error);

    static QStringList testText(const QList<ProbeResult>& results);
    static QJsonObject testJson(const QList<ProbeResult>& results);
    static bool testPassed(const QList<ProbeResult>& results);
    // test --deep's chat speed test: its sentences, and its --json "contention" object.
    static QStringList contentionText(const ContentionResult& result);
    static QJsonObject contentionJson(const ContentionResult& result);

    static QJsonObject errorJson(const ApiError& error);
    static QString seconds(qint64 ms);
};

} // namespace tma::cli
