#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tma {

// One Ollama server ("node") of Open WebUI's Ollama connections, as GET /ollama/config lists it.
struct OllamaNode
{
    int index = 0; // what /ollama/api/pull/{url_idx} takes
    QString url;   // shown to the user as plain text
    QString prefixId;
};

// The Ollama nodes a pull can go to: the enabled ones, none when the Ollama API is off
// (routers/ollama.py get_config: OLLAMA_BASE_URLS with OLLAMA_API_CONFIGS keyed by index).
class OllamaNodes
{
public:
    static QList<OllamaNode> fromConfig(const QJsonObject& config);
    // ENABLE_OLLAMA_API: off, the server lists no Ollama model and 0.11 refuses pulls (503).
    static bool apiEnabled(const QJsonObject& config);
};

} // namespace tma
