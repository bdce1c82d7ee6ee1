// ChatStream on any streamed /api/chat/completions answer: the input is split into lines the way
// ApiReply does it (on '\n', trimmed, blank lines dropped) and fed one by one.
// Checks after every line: the first word is reported at most once, and only with text; the error
// stays bounded; once Done or Failed nothing changes any more.
#include "ChatStream.h"
#include "FuzzCheck.h"

using tma::ChatStream;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    ChatStream stream;
    int firstWords = 0;
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const ChatStream before = stream;
        const bool first = stream.addLine(line);
        firstWords += first ? 1 : 0;

        FUZZ_CHECK(firstWords <= 1);
        FUZZ_CHECK(!first || stream.textChars() > 0);
        FUZZ_CHECK(stream.textChars() >= before.textChars());
        FUZZ_CHECK(stream.error().size() <= 500);
        FUZZ_CHECK(stream.state() != ChatStream::State::Answering || stream.hasText());
        if (before.state() == ChatStream::State::Done || before.state() == ChatStream::State::Failed) {
            FUZZ_CHECK(!first && stream.state() == before.state() && stream.error() == before.error() &&
                       stream.textChars() == before.textChars());
        }
    }
    return 0;
}
