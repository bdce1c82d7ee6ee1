#pragma once

#include "Automation.h"

#include <QList>
#include <QString>

namespace tma {

class ModelCatalog;
class TaskConfig;

// What the contention test will send, decided before it starts so the user sees it first: a few
// streamed chat messages to one chat model, each sent while the background tasks Open WebUI runs
// for a chat (the ones switched on) are under way on the same server.
struct ContentionPlan
{
    QString chatModel;             // empty: the server has no chat model to test with
    bool localChat = true;         // an Ollama chat model (TASK_MODEL's slot), else an external one
    QList<Automation> tasks;       // sent with each message, in this order
    int rounds = 3;                // messages, one after the other
    int maxTokens = 64;            // each answer is cut there: the server's cost stays small
    int timeLimitMs = 180000;      // the whole test, whatever the server does
    int autocompleteMaxChars = -1; // AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH (-1: no limit)

    // The tasks this server has (its task settings list their switch; title always exists) and
    // that are on, with the chat model the quick test would use for the same slot.
    static ContentionPlan make(const TaskConfig& config, const ModelCatalog& models);

    bool isEmpty() const { return chatModel.isEmpty(); }
    int requestCount() const { return rounds * (1 + static_cast<int>(tasks.size())); }
};

} // namespace tma
