// parseTitle on any answer of a title task: plain text, quoted text, {"title": ...} JSON with
// chatter around it, <think>...</think> blocks of reasoning models.
// Checks: the title is at most 200 characters; blank input gives an empty title; plain text (no
// braces, quotes or think tags) comes back as its first line, trimmed.
#include "FuzzCheck.h"
#include "TitleParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString content = QString::fromUtf8(fuzz::bytes(data, size));
    const QString title = tma::parseTitle(content);
    FUZZ_CHECK(title.size() <= 200);
    if (content.trimmed().isEmpty())
        FUZZ_CHECK(title.isEmpty());
    const bool plain = !content.contains(QLatin1Char('{')) && !content.contains(QLatin1Char('"')) &&
                       !content.contains(QLatin1Char('\'')) && !content.contains(QLatin1String("</think>"));
    if (plain)
        FUZZ_CHECK(title == content.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed().left(200));
    return 0;
}
