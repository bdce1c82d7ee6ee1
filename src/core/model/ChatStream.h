#pragma once

#include <QByteArray>
#include <QString>

namespace tma {

// Reads a streamed chat completion as Open WebUI sends it (main.py chat_completion, stream: true):
// server-sent events, one "data: {chunk}" line each, the text in choices[0].delta.content, and
// "data: [DONE]" at the end. Knows when the first word of the answer came and whether it failed.
class ChatStream
{
public:
    enum class State
    {
        Waiting,   // no text yet
        Answering, // text has come
        Done,      // "[DONE]", or a chunk with a finish_reason
        Failed,    // an error event, or an answer that is no chat completion
    };

    // Feeds one line; comments, "event:" lines and blank lines are ignored. Returns true when this
    // line brought the first text of the answer.
    bool addLine(const QByteArray& line);

    State state() const { return m_state; }
    bool hasText() const
    {
        return m_state == State::Answering || (m_state == State::Done && m_textChars > 0);
    }
    qint64 textChars() const { return m_textChars; }
    // The error a provider or the server put in the stream (at most 500 characters).
    QString error() const { return m_error; }

private:
    bool addChunk(const QByteArray& json);

    State m_state = State::Waiting;
    qint64 m_textChars = 0;
    QString m_error;
};

} // namespace tma
