#include "SettingsReader.h"

#include "ApiReply.h"
#include "OpenWebUiClient.h"

#include <QJsonObject>

#include <memory>

namespace tma {

void SettingsReader::read(OpenWebUiClient* client, TaskApi api, bool withModels, QObject* context, Handler handler)
{
    struct Pending
    {
        Result result;
        int left = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = withModels ? 2 : 1;
    auto done = [pending, handler]() {
        if (--pending->left == 0)
            handler(pending->result);
    };
    onFinished(client->getTaskConfig(api), context, [pending, done](ApiReply* reply) {
        if (reply->ok() && reply->json().isObject())
            pending->result.config = TaskConfig(reply->json().toObject());
        else if (!pending->result.error.isError())
            pending->result.error = reply->ok() ? ApiError(ApiError::Kind::UnexpectedContent) : reply->error();
        done();
    });
    if (!withModels)
        return;
    onFinished(client->getModels(true), context, [pending, done](ApiReply* reply) {
        if (reply->ok())
            pending->result.models = ModelCatalog::fromJson(reply->json());
        else if (!pending->result.error.isError())
            pending->result.error = reply->error();
        done();
    });
}

} // namespace tma
