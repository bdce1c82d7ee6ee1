#pragma once

#include "ApiError.h"
#include "ModelCatalog.h"
#include "ServerInfo.h"
#include "TaskConfig.h"

#include <QObject>

#include <functional>

namespace tma {

class OpenWebUiClient;

// Reads the server's task settings and, if asked, its models (fresh: refresh=true), in parallel,
// and hands them over typed, so pages and the tray never parse server JSON themselves.
class SettingsReader
{
public:
    struct Result
    {
        TaskConfig config;
        ModelCatalog models;
        ApiError error; // the first problem, if any
    };
    using Handler = std::function<void(const Result&)>;

    // `handler` runs once, in `context`'s thread, unless `context` is destroyed first: then the
    // requests still under way are closed.
    static void read(OpenWebUiClient* client, TaskApi api, bool withModels, QObject* context, Handler handler);
};

} // namespace tma
