#pragma once

#include "FakeFormSchema.h"
#include "FakeOpenWebUi.h"

#include <QJsonObject>

namespace tma::test {

// The TaskConfigForm of each Open WebUI generation (shared/openwebui-api.md §6.2) and the config
// the fake starts with. Kept apart from the server so the field sets can be read at a glance.
class FakeTaskConfigSchema
{
public:
    // 0.4: 11 fields, 0.5: 13, 0.6: 16, 0.11: 18 required + optional TASK_MODEL_PARAMS.
    static FakeFormSchema form(FakeProfile profile);

    // config.py's defaults (autocomplete on in 0.4.7-0.5, off from 0.6).
    static QJsonObject defaults(FakeProfile profile);

    // defaults() plus realistic admin customisations (custom templates, 0.11 TASK_MODEL_PARAMS),
    // so a client that loses fields or unknown keys on its round trip is caught.
    static QJsonObject seeded(FakeProfile profile);
};

} // namespace tma::test
