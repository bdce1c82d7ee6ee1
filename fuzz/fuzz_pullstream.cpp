// PullProgress on any /ollama/api/pull stream: the input is split into lines the way ApiReply
// does it (on '\n', trimmed, blank lines dropped) and fed one by one.
// Checks after every line: 0 <= completed() <= total(); percent() in [-1, 100]; status and error
// stay bounded; once Succeeded or Failed nothing changes any more.
#include "FuzzCheck.h"
#include "PullProgress.h"

using tma::PullProgress;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    PullProgress progress;
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const PullProgress before = progress;
        progress.addLine(line);

        FUZZ_CHECK(progress.completed() >= 0 && progress.completed() <= progress.total());
        const int percent = progress.percent();
        FUZZ_CHECK(percent >= -1 && percent <= 100);
        FUZZ_CHECK(progress.status().size() <= 200 && progress.error().size() <= 500);
        if (before.state() != PullProgress::State::Running) {
            FUZZ_CHECK(progress.state() == before.state() && progress.status() == before.status() &&
                       progress.error() == before.error() && progress.completed() == before.completed() &&
                       progress.total() == before.total());
        }
    }
    return 0;
}
