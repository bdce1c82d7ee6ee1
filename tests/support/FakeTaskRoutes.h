#pragma once

#include "FakeRouter.h"

#include <optional>

namespace tma::test::fake {

// The task config (routers/tasks.py), the task routes (title, tags, follow-ups, autocomplete) and
// chat completions, streamed or not: the routes that run a model upstream.
class FakeTaskRoutes
{
public:
    explicit FakeTaskRoutes(FakeServerState& server) : m_server(server) {}

    void addRoutes(FakeRouter& router);

private:
    // What an OpenAI-compatible provider answers when a model of one of its connections runs:
    // not reachable, or refused (a wrong key 401, a model it does not offer 404, or the refusal
    // set with setProviderRefusal); status 0 = it answers.
    struct UpstreamRefusal
    {
        bool unreachable = false;
        int status = 0;
        QString message;
    };

    static bool pythonTruthy(const QJsonValue& value);
    bool currentlyServed(const QString& id) const;
    Reply getTaskConfig(Exchange& exchange);
    Reply updateTaskConfig(Exchange& exchange);
    static QString titleFor(const QJsonArray& messages);
    QJsonObject chatCompletion(const QString& model, const QString& content);
    QString upstreamAnswerName(const FakeModel& model, int depth = 0) const;
    QString taskModelFor(const FakeModel& chatModel) const;
    Reply titleCompletion(Exchange& exchange);
    Reply tagsCompletion(Exchange& exchange);
    Reply followUpCompletion(Exchange& exchange);
    Reply autoCompletion(Exchange& exchange);
    std::optional<Reply> readTaskForm(const QJsonObject& body, bool needsMessages,
                                      FakeModel* chatModel) const;
    Reply answerTask(Exchange& exchange, const FakeModel& chatModel, const QString& content,
                     int internalErrorStatus);
    UpstreamRefusal upstreamRefusal(const FakeModel& model) const;
    static Reply providerErrorReply(const UpstreamRefusal& refusal);
    Reply chatCompletionRoute(Exchange& exchange);
    Reply streamChatCompletion(Exchange& exchange, const FakeModel& model);

    FakeServerState& m_server;
};

} // namespace tma::test::fake
