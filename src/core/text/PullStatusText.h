#pragma once

#include <QCoreApplication>
#include <QString>

namespace tma {

// Ollama's pull steps ("pulling manifest", "pulling 6a0746a1ec1a", "verifying sha256 digest",
// "writing manifest", "removing any unused layers", "success": server/images.go, passed through
// by Open WebUI's /ollama/api/pull) as sentences in the user's language, for the wizard and the
// CLI. A step Ollama may add later is shown in its own words, marked as Ollama's.
class PullStatusText
{
    Q_DECLARE_TR_FUNCTIONS(PullStatusText)
public:
    // `model` is already in its display form; `shown` puts Ollama's own words in that form too (a
    // window's or a terminal's: DisplayText). The sizes are in bytes (total 0 while unknown).
    static QString sentence(const QString& model, const QString& status, qint64 completed, qint64 total,
                            QString (*shown)(const QString&));
};

} // namespace tma
