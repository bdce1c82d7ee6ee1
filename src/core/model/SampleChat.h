#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

namespace tma {

// The chat the tests send in the user's stead: short, so the server's work stays small, and in
// the user's language, so the title shown in the result reads as their own chats' titles would.
class SampleChat
{
    Q_DECLARE_TR_FUNCTIONS(SampleChat)
public:
    // A question and its answer, as titles, tags and follow-ups are made from (the built-in
    // title template uses the last two messages).
    static QJsonArray conversation();
    // The conversation with the next question the user sends: what the chat model answers.
    static QJsonArray withNextQuestion();
    // What the user is typing when autocomplete asks for the rest of it.
    static QString typedPrompt();
};

} // namespace tma
