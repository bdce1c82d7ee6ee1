#include "AnswerAttribution.h"

#include <QRegularExpression>

namespace tma {
namespace {

QString normalized(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(QLatin1String(":latest"))) // Ollama's default tag, added or not by the server
        name.chop(7);
    return name;
}

void addName(QStringList* names, const QString& name)
{
    const QString value = normalized(name);
    if (!value.isEmpty() && !names->contains(value))
        names->append(value);
}

void collect(const QString& id, const ModelCatalog& catalog, QStringList* names, int depth)
{
    addName(names, id);
    const ModelInfo* model = catalog.find(id);
    if (!model)
        return;
    if (!model->baseModelId.isEmpty() && depth < 4) {
        // routers/ollama.py and openai.py send a workspace model's base_model_id upstream.
        collect(model->baseModelId, catalog, names, depth + 1);
        return;
    }
    for (const QString& raw : model->upstreamIds)
        addName(names, raw);
    // A connection's prefix_id ("work.gpt-4o-mini") is stripped before the upstream call. Ollama's
    // own name already comes without it; an OpenAI-compatible entry carries the prefix in its raw
    // `openai` object too (routers/openai.py rewrites it in place), so there everything up to the
    // first dot may be the prefix. Elsewhere only a head without digits counts, so "qwen2.5:3b" is
    // not read as prefix "qwen2".
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z_-]+\\.(.+)$"));
    static const QRegularExpression anyHead(QStringLiteral("^[A-Za-z0-9_-]+\\.(.+)$"));
    const bool openAi = model->ownedBy == QLatin1String("openai");
    const QRegularExpressionMatch match = (openAi ? anyHead : letters).match(model->id);
    if (match.hasMatch())
        addName(names, match.captured(1));
}

// 2: the answer is one of the names; 1: a provider's longer form of one ("gpt-4o-mini" answered
// as "gpt-4o-mini-2024-07-18", "openai/gpt-4o-mini" as "gpt-4o-mini-…"); 0: none of them.
// `matched` is the length of the name that matched, to prefer the more specific of two.
int score(const QString& answer, const QStringList& names, qsizetype* matched)
{
    int best = 0;
    *matched = 0;
    for (const QString& name : names) {
        QStringList forms{name};
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        if (slash >= 0 && slash + 1 < name.size())
            forms << name.mid(slash + 1); // a router's "vendor/model" answered as the vendor's "model"
        for (const QString& form : forms) {
            int value = 0;
            if (answer == form)
                value = 2;
            else if (answer.size() > form.size() && answer.startsWith(form) &&
                     QStringLiteral("-:@_.").contains(answer.at(form.size())))
                value = 1;
            if (value > best || (value == best && value > 0 && form.size() > *matched)) {
                best = value;
                *matched = form.size();
            }
        }
    }
    return best;
}

} // namespace

QStringList AnswerAttribution::upstreamNames(const QString& id, const ModelCatalog& catalog)
{
    QStringList names;
    collect(id, catalog, &names, 0);
    return names;
}

ProbeResult::Verdict AnswerAttribution::decide(const QString& answeredBy, const QString& taskModel,
                                               const QString& chatModel, const ModelCatalog& catalog)
{
    using Verdict = ProbeResult::Verdict;
    if (taskModel.isEmpty() || taskModel == chatModel)
        return Verdict::TaskModel; // "Current model": the chat model is the task model
    const QStringList task = upstreamNames(taskModel, catalog);
    const QStringList chat = upstreamNames(chatModel, catalog);
    for (const QString& name : task) {
        if (chat.contains(name))
            return Verdict::SameUpstream;
    }
    const QString answer = normalized(answeredBy);
    qsizetype taskLength = 0;
    qsizetype chatLength = 0;
    const int taskScore = score(answer, task, &taskLength);
    const int chatScore = score(answer, chat, &chatLength);
    if (taskScore == 0 && chatScore == 0)
        return Verdict::Unrecognised;
    if (taskScore != chatScore)
        return taskScore > chatScore ? Verdict::TaskModel : Verdict::ChatModel;
    if (taskLength != chatLength)
        return taskLength > chatLength ? Verdict::TaskModel : Verdict::ChatModel;
    return Verdict::Unrecognised;
}

} // namespace tma
