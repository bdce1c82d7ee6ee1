#include "TaskProbe.h"

#include "AnswerAttribution.h"
#include "ApiReply.h"
#include "LogCategories.h"
#include "OpenWebUiClient.h"
#include "SampleChat.h"
#include "TitleParser.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tma {
namespace {

const char* slotName(ProbeResult::Slot slot)
{
    return slot == ProbeResult::Slot::Local ? "local" : "external";
}

} // namespace

TaskProbe::TaskProbe(OpenWebUiClient* client, TaskApi api, QObject* parent)
    : QObject(parent), m_client(client), m_api(api)
{
}

TaskProbe::~TaskProbe()
{
    cancel();
}

void TaskProbe::run(const TaskConfig& config, const ModelCatalog& models)
{
    cancel();
    m_busy = true;
    m_config = config;
    m_results.clear();
    if (!models.isEmpty()) {
        m_models = models;
        return runSlot(0);
    }
    m_current = m_client->getModels(true); // also loads the server's model map for the task routes
    onFinished(m_current.data(), this, [this](ApiReply* reply) {
        m_current.clear();
        if (!reply->ok()) {
            m_busy = false;
            return Q_EMIT failed(reply->error());
        }
        m_models = ModelCatalog::fromJson(reply->json());
        runSlot(0);
    });
}

void TaskProbe::cancel()
{
    abandon(m_current, this);
    m_busy = false;
}

void TaskProbe::runSlot(int index)
{
    if (index > 1) {
        m_busy = false;
        return Q_EMIT finished(m_results);
    }
    ProbeResult result;
    result.slot = index == 0 ? ProbeResult::Slot::Local : ProbeResult::Slot::External;
    const bool local = result.slot == ProbeResult::Slot::Local;
    const QString slotModel = local ? m_config.taskModel() : m_config.taskModelExternal();
    const ModelInfo* chat = m_chatModel.isEmpty() ? m_models.chatModelFor(local, slotModel) : m_models.find(m_chatModel);
    if (chat && chat->isLocal() != local)
        chat = nullptr; // the chosen chat model belongs to the other slot
    if (!chat) {
        qCInfo(lcProbe, "%s slot: no chat model to test with", slotName(result.slot));
        result.outcome = ProbeResult::Outcome::NoChatModel;
        m_results << result;
        return runSlot(index + 1);
    }
    result.chatModel = chat->id;
    // An empty slot means "Current Model": the chat model answers. A configured id must answer; if
    // the server doesn't list it, it silently lets the chat model answer, and the test shows that.
    result.expectedTaskModel = slotModel.isEmpty() ? chat->id : slotModel;
    Q_EMIT slotStarted(result.slot, result.chatModel);
    if (!m_checksMemory || !Residency::applies(chat, m_models.find(result.expectedTaskModel)))
        return askTitle(index, result, std::nullopt, ApiError());
    readLoaded([this, index, result](const std::optional<LoadedModels>& before, const ApiError& error) {
        askTitle(index, result, before, error);
    });
}

void TaskProbe::readLoaded(std::function<void(const std::optional<LoadedModels>&, const ApiError&)> then)
{
    m_current = m_client->getLoadedModels();
    onFinished(m_current.data(), this, [this, then](ApiReply* reply) {
        m_current.clear();
        if (!reply->ok())
            return then(std::nullopt, reply->error());
        const std::optional<LoadedModels> loaded = LoadedModels::fromJson(reply->json());
        if (!loaded)
            return then(std::nullopt,
                        ApiError(ApiError::Kind::UnexpectedContent, reply->path(), reply->httpStatus()));
        then(loaded, ApiError());
    });
}

void TaskProbe::askTitle(int index, ProbeResult result, const std::optional<LoadedModels>& before,
                         const ApiError& beforeError)
{
    m_current = m_client->generateTitle(m_api, result.chatModel, SampleChat::conversation());
    onFinished(m_current.data(), this, [this, index, result, before, beforeError](ApiReply* reply) mutable {
        m_current.clear();
        result.elapsedMs = reply->elapsedMs();
        const QJsonObject body = reply->json().toObject();
        if (!reply->ok()) {
            result.outcome = ProbeResult::Outcome::Failed;
            result.error = reply->error();
            // routers/tasks.py generate_title: a chat model missing from app.state.MODELS is 404
            // "Model not found" (0.5, 0.6) or "Model '' was not found" (0.11) — not a wrong address.
            if (result.error.kind() == ApiError::Kind::NotFound &&
                result.error.detail().contains(QLatin1String("not found")))
                result.error =
                    ApiError(ApiError::Kind::ModelNotFound, result.error.detail(), result.error.httpStatus());
        } else if (!body.contains(QLatin1String("choices")) && body.value(QLatin1String("detail")).isString()) {
            // Disabled tasks answer 200 with only a detail: not a result to time.
            result.outcome = ProbeResult::Outcome::Disabled;
            result.error = ApiError(ApiError::Kind::Server, body.value(QLatin1String("detail")).toString(), 200);
        } else {
            const QJsonObject message = body.value(QLatin1String("choices"))
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value(QLatin1String("message"))
                                            .toObject();
            result.answeredBy = body.value(QLatin1String("model")).toString();
            result.title = parseTitle(message.value(QLatin1String("content")).toString());
            if (result.answeredBy.isEmpty() || !message.contains(QLatin1String("content"))) {
                result.outcome = ProbeResult::Outcome::Failed;
                result.error = ApiError(ApiError::Kind::UnexpectedContent, tr("The answer has no model or content."));
            } else {
                result.outcome = ProbeResult::Outcome::Answered;
                result.verdict = AnswerAttribution::decide(result.answeredBy, result.expectedTaskModel,
                                                           result.chatModel, m_models);
            }
        }
        qCInfo(lcProbe, "%s slot: chat model %s, expected %s, answered by %s, outcome %d, %lld ms",
               slotName(result.slot), qUtf8Printable(result.chatModel),
               qUtf8Printable(result.expectedTaskModel), qUtf8Printable(result.answeredBy),
               static_cast<int>(result.outcome), static_cast<long long>(result.elapsedMs));
        const bool checking = before || beforeError.isError();
        if (!checking || result.outcome != ProbeResult::Outcome::Answered)
            return finishSlot(index, result);
        recordResidency(index, result, before, beforeError);
    });
}

void TaskProbe::recordResidency(int index, ProbeResult result, const std::optional<LoadedModels>& before,
                                const ApiError& beforeError)
{
    const ModelInfo chat = *m_models.find(result.chatModel);
    const ModelInfo task = *m_models.find(result.expectedTaskModel);
    if (!before) { // refused or missing already: asking again would say the same
        result.residency = Residency::notChecked(chat, task, beforeError);
        return finishSlot(index, result);
    }
    const LoadedModels loadedBefore = *before;
    readLoaded([this, index, result, chat, task, loadedBefore](const std::optional<LoadedModels>& after,
                                                               const ApiError& error) mutable {
        result.residency = after ? Residency::decide(chat, task, loadedBefore, *after)
                                 : Residency::notChecked(chat, task, error);
        qCInfo(lcProbe, "%s slot: residency %d (reason %d)", slotName(result.slot),
               static_cast<int>(result.residency.state), static_cast<int>(result.residency.reason));
        finishSlot(index, result);
    });
}

void TaskProbe::finishSlot(int index, const ProbeResult& result)
{
    m_results << result;
    runSlot(index + 1);
}

} // namespace tma
