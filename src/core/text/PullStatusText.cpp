#include "PullStatusText.h"

#include <QLocale>
#include <QRegularExpression>

namespace tma {

QString PullStatusText::sentence(const QString& model, const QString& status, qint64 completed, qint64 total,
                                 QString (*shown)(const QString&))
{
    const QString step = status.trimmed().toLower();
    if (step == QLatin1String("pulling manifest"))
        return tr("Getting the list of files of %1…").arg(model);
    // One layer of the model: "pulling " and the first 12 hex digits of its digest.
    static const QRegularExpression layer(QStringLiteral("^pulling [0-9a-f]{6,}$"));
    if (layer.match(step).hasMatch()) {
        if (total <= 0)
            return tr("Downloading %1…").arg(model);
        const QLocale locale;
        return tr("Downloading %1: %2 of %3 (%4%).")
            .arg(model, locale.formattedDataSize(completed, 1, QLocale::DataSizeSIFormat),
                 locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat),
                 locale.toString(completed * 100 / total));
    }
    if (step == QLatin1String("verifying sha256 digest"))
        return tr("Checking the downloaded files of %1…").arg(model);
    if (step == QLatin1String("writing manifest"))
        return tr("Saving %1 on the server…").arg(model);
    if (step.startsWith(QLatin1String("removing")) && step.endsWith(QLatin1String("layers")))
        return tr("Removing files of an older %1 that are no longer needed…").arg(model);
    if (step == QLatin1String("success"))
        return tr("%1 is downloaded.").arg(model);
    return tr("Downloading %1. Ollama reports: %2").arg(model, shown(status));
}

} // namespace tma
