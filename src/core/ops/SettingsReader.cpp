#include "SettingsReader.h"

#include "ApiReply.h"
#include "OpenWebUiClient.h"

#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace tma {
namespace {

// The reading is the context's: when the context goes (a page closed mid-read), so does the
// request, instead of running on with nobody to tell.
void abandonWith(ApiReply* reply, QObject* context)
{
    QObject::connect(context, &QObject::destroyed, reply, [reply, context] {
        QPointer<ApiReply> slot(reply);
        abandon(slot, context);
    });
}

} // namespace

void SettingsReader::read(OpenWebUiClient* client, TaskApi api, Models models, QObject* context,
                          Handler handler)
{
    start(client, &api, models, context, std::move(handler));
}

void SettingsReader::readModels(OpenWebUiClient* client, Models models, QObject* context, Handler handler)
{
    Q_ASSERT(models != Models::None);
    start(client, nullptr, models, context, std::move(handler));
}

void SettingsReader::start(OpenWebUiClient* client, const TaskApi* api, Models models, QObject* context,
                           Handler handler)
{
    struct Pending
    {
        Result result;
        int left = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = (api ? 1 : 0) + (models == Models::None ? 0 : 1);
    auto done = [pending, handler]() {
        if (--pending->left == 0)
            handler(pending->result);
    };
    if (api) {
        ApiReply* configReply = client->getTaskConfig(*api);
        abandonWith(configReply, context);
        onFinished(configReply, context, [pending, done](ApiReply* reply) {
            if (reply->ok() && reply->json().isObject())
                pending->result.config = TaskConfig(reply->json().toObject());
            else // a JSON answer that is not an object is not the settings: never read it as "all empty"
                pending->result.configError =
                    reply->ok() ? ApiError(ApiError::Kind::UnexpectedContent) : reply->error();
            done();
        });
    }
    if (models == Models::None)
        return;
    ApiReply* modelsReply = client->getModels(models == Models::Fresh);
    abandonWith(modelsReply, context);
    onFinished(modelsReply, context, [pending, done](ApiReply* reply) {
        if (reply->ok())
            pending->result.models = ModelCatalog::fromJson(reply->json());
        else
            pending->result.modelsError = reply->error();
        done();
    });
}

} // namespace tma
