#pragma once

#include <QString>

namespace tma {

// Gets the title out of a title task's answer the way Open WebUI's web UI does: the first {...}
// block parsed as JSON and its "title", else the raw text without quotes.
QString parseTitle(const QString& content);

} // namespace tma
