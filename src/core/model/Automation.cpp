#include "Automation.h"

namespace tma {

QList<Automation> Automations::all()
{
    return {Automation::Title,        Automation::Tags,        Automation::FollowUps,
            Automation::Autocomplete, Automation::SearchQuery, Automation::RetrievalQuery};
}

QString Automations::configKey(Automation automation)
{
    switch (automation) {
    case Automation::Title: return QStringLiteral("ENABLE_TITLE_GENERATION");
    case Automation::Tags: return QStringLiteral("ENABLE_TAGS_GENERATION");
    case Automation::FollowUps: return QStringLiteral("ENABLE_FOLLOW_UP_GENERATION");
    case Automation::Autocomplete: return QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION");
    case Automation::SearchQuery: return QStringLiteral("ENABLE_SEARCH_QUERY_GENERATION");
    case Automation::RetrievalQuery: return QStringLiteral("ENABLE_RETRIEVAL_QUERY_GENERATION");
    }
    return {};
}

QString Automations::id(Automation automation)
{
    switch (automation) {
    case Automation::Title: return QStringLiteral("title");
    case Automation::Tags: return QStringLiteral("tags");
    case Automation::FollowUps: return QStringLiteral("follow-ups");
    case Automation::Autocomplete: return QStringLiteral("autocomplete");
    case Automation::SearchQuery: return QStringLiteral("search-query");
    case Automation::RetrievalQuery: return QStringLiteral("retrieval-query");
    }
    return {};
}

bool Automations::fromId(const QString& text, Automation* out)
{
    const QList<Automation> automations = all();
    for (Automation automation : automations) {
        if (id(automation) == text) {
            *out = automation;
            return true;
        }
    }
    return false;
}

QString Automations::label(Automation automation)
{
    switch (automation) {
    case Automation::Title: return tr("Title Generation");
    case Automation::Tags: return tr("Tags Generation");
    case Automation::FollowUps: return tr("Follow Up Generation");
    case Automation::Autocomplete: return tr("Autocomplete Generation");
    case Automation::SearchQuery: return tr("Web Search Query Generation");
    case Automation::RetrievalQuery: return tr("Retrieval Query Generation");
    }
    return {};
}

QString Automations::cost(Automation automation)
{
    switch (automation) {
    case Automation::Title: return tr("One short request when a chat starts; names the chat in the sidebar.");
    case Automation::Tags: return tr("One request after a chat's first answers to tag it.");
    case Automation::FollowUps: return tr("One request after every answer to suggest follow-up questions.");
    case Automation::Autocomplete:
        return tr("A request on almost every keystroke while users type: the heaviest on slow hardware.");
    case Automation::SearchQuery: return tr("One request before each web search to write the search queries.");
    case Automation::RetrievalQuery:
        return tr("One request before each document or knowledge lookup to write the queries.");
    }
    return {};
}

} // namespace tma
