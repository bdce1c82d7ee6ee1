// Backup::fromJson on any backup file's object.
// Checks: an accepted backup has an id and format 1; toJson() of it is accepted again and is a fixed
// point (what the store writes loads back to the same JSON); the task config is kept verbatim.
#include "FuzzCheck.h"
#include "Backup.h"

#include <QJsonObject>

using tma::Backup;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QJsonObject json = fuzz::json(fuzz::bytes(data, size)).toObject();
    Backup backup;
    if (!Backup::fromJson(json, &backup))
        return 0;
    FUZZ_CHECK(!backup.id.isEmpty());
    FUZZ_CHECK(backup.taskConfig == json.value(QLatin1String("task_config")).toObject());

    const QJsonObject saved = backup.toJson();
    FUZZ_CHECK(saved.value(QLatin1String("format")).toInt() == 1);
    Backup reloaded;
    FUZZ_CHECK(Backup::fromJson(saved, &reloaded));
    FUZZ_CHECK(reloaded.toJson() == saved);
    FUZZ_CHECK(reloaded.createdAt == backup.createdAt || !backup.createdAt.isValid());
    return 0;
}
