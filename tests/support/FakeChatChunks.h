#pragma once

#include "FakeOpenWebUi.h"

#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace tma::test::fake {

// The server-sent events of a streamed chat completion, one "data: …" line per chunk (each line
// ends in the blank line that closes an event), then "data: [DONE]".
class FakeChatChunks
{
public:
    // An Ollama model (utils/response.py convert_streaming_response_ollama_to_openai): one chunk
    // per Ollama line, a new "<model>-<uuid>" id each, no role-only chunk; the last one has
    // finish_reason "stop" and, from 0.5 on, usage; in 0.4 it has no delta at all.
    static QByteArrayList fromOllama(FakeProfile profile, const QString& model, const QStringList& words);
    // An OpenAI-compatible provider's own stream, passed through byte for byte (routers/openai.py
    // generate_chat_completion): one id, a first chunk with the role and empty content.
    static QByteArrayList fromProvider(const QString& model, const QStringList& words);
};

} // namespace tma::test::fake
