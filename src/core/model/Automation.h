#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tma {

// A background task Open WebUI runs besides the chat, each switched by one ENABLE_* field.
enum class Automation
{
    Title,
    Tags,
    FollowUps,
    Autocomplete,
    SearchQuery,
    RetrievalQuery,
};

class Automations
{
    Q_DECLARE_TR_FUNCTIONS(Automations)
public:
    static QList<Automation> all();
    static QString configKey(Automation automation);   // "ENABLE_TITLE_GENERATION", ...
    static QString id(Automation automation);          // "title", "tags", ... (presets, CLI)
    static bool fromId(const QString& id, Automation* out);
    static QString label(Automation automation);       // "Title generation" (Open WebUI's words)
    static QString cost(Automation automation);        // one line on what it costs
};

} // namespace tma
