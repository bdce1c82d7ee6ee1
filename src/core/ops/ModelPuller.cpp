#include "ModelPuller.h"

#include "ApiReply.h"
#include "OpenWebUiClient.h"

namespace tma {

ModelPuller::ModelPuller(OpenWebUiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

ModelPuller::~ModelPuller()
{
    cancel();
}

void ModelPuller::pull(const QString& model, int ollamaIndex)
{
    cancel();
    m_model = model.trimmed();
    m_listedModel.clear();
    m_progress = PullProgress();
    ApiReply* reply = m_client->pullModel(m_model, ollamaIndex);
    m_current = reply;
    connect(reply, &ApiReply::lineReceived, this, [this](const QByteArray& line) {
        m_progress.addLine(line);
        if (m_progress.state() == PullProgress::State::Failed) {
            abandon(m_current, this);
            Q_EMIT failed(ApiError(ApiError::Kind::Invalid,
                                   tr("Ollama could not download %1: %2").arg(m_model, m_progress.error())));
            return;
        }
        Q_EMIT progress(m_progress.status(), m_progress.completed(), m_progress.total());
    });
    onFinished(reply, this, [this](ApiReply* r) {
        m_current.clear();
        if (!r->ok())
            return Q_EMIT failed(r->error());
        if (!m_progress.sawJson()) // an answer, but not Ollama's progress stream
            return Q_EMIT failed(ApiError(ApiError::Kind::UnexpectedContent, tr("no progress lines"), r->httpStatus()));
        if (m_progress.state() != PullProgress::State::Succeeded) // the stream ended before "success"
            return Q_EMIT failed(ApiError(ApiError::Kind::Invalid, tr("The download stopped before it finished.")));
        refreshModels();
    });
}

void ModelPuller::cancel()
{
    abandon(m_current, this); // closing the request is how Open WebUI's own UI cancels a pull
}

void ModelPuller::refreshModels()
{
    ApiReply* reply = m_client->getModels(true);
    m_current = reply;
    onFinished(reply, this, [this](ApiReply* r) {
        m_current.clear();
        if (!r->ok())
            return Q_EMIT failed(r->error());
        const ModelCatalog catalog = ModelCatalog::fromJson(r->json());
        const ModelInfo* listed = catalog.findPulled(m_model);
        if (!listed) {
            // routers/ollama.py get_all_models: a connection with model_ids lists only those.
            return Q_EMIT failed(
                ApiError(ApiError::Kind::Invalid, tr("Ollama now has %1, but Open WebUI does not list it: "
                                                     "its Ollama connection offers only a chosen "
                                                     "list of models. Add %1 to the connection's model IDs "
                                                     "in Admin Panel > Settings > Connections, "
                                                     "or choose a model it lists.")
                                                      .arg(m_model)));
        }
        m_listedModel = listed->id;
        Q_EMIT finished(catalog);
    });
}

} // namespace tma
