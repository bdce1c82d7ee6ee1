#pragma once

#include "ApiError.h"
#include "ModelCatalog.h"
#include "ServerInfo.h"
#include "TaskConfig.h"

#include <QObject>

#include <functional>

namespace tma {

class OpenWebUiClient;

// Reads the server's task settings and, if asked, its models, in parallel (one round trip), and hands
// them over typed, so pages, the tray and the CLI never parse server JSON themselves.
class SettingsReader
{
public:
    enum class Models
    {
        None,
        Listed, // GET /api/models: what the server lists now (cheap; enough to check access)
        Fresh,  // GET /api/models?refresh=true: asks every connection again (fills the server's model map)
    };
    struct Result
    {
        TaskConfig config;
        ModelCatalog models;
        ApiError configError; // the settings could not be read (or were not a JSON object)
        ApiError modelsError; // the models could not be read (the settings may still be fine)
        // The settings' problem first, since without them nothing else matters; else the models'.
        const ApiError& error() const { return configError.isError() ? configError : modelsError; }
        bool ok() const { return !error().isError(); }
    };
    using Handler = std::function<void(const Result&)>;

    // `handler` runs once, in `context`'s thread, unless `context` is destroyed first: then the
    // requests still under way are closed.
    static void read(OpenWebUiClient* client, TaskApi api, Models models, QObject* context, Handler handler);
    // Only the models (`models` must not be None); the result's config stays empty.
    static void readModels(OpenWebUiClient* client, Models models, QObject* context, Handler handler);

private:
    static void start(OpenWebUiClient* client, const TaskApi* api, Models models, QObject* context,
                      Handler handler);
};

} // namespace tma
