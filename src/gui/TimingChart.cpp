#include "TimingChart.h"

#include "ElidedName.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace tma {
namespace {

QString secondsText(qint64 ms)
{
    return TimingChart::tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

} // namespace

QString TimingChart::barText(qint64 ms, bool after, const QString& model, const QFontMetrics& metrics,
                             int width)
{
    // One whole pattern per bar, so each language words "before" and "after" in its own order.
    const QString pattern = after ? tr("%1 (after: %2)", "a bar of the chart: the time, then the model")
                                  : tr("%1 (before: %2)", "a bar of the chart: the time, then the model");
    const QString frame = pattern.arg(secondsText(ms), QString());
    const int room = std::max(metrics.averageCharWidth() * 6, width - metrics.horizontalAdvance(frame));
    const QString text = pattern.arg(secondsText(ms), ElidedName::inText(model, metrics, room));
    // Narrower than the time itself: cut the whole line rather than draw past the edge.
    return metrics.horizontalAdvance(text) <= width ? text : metrics.elidedText(text, Qt::ElideRight, width);
}

QString TimingChart::notMeasuredText(bool after)
{
    return after ? tr("After: not measured.") : tr("Before: not measured.");
}

TimingChart::TimingChart(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVisible(false);
}

void TimingChart::setRows(const QList<Row>& rows)
{
    m_rows = rows;
    setVisible(!rows.isEmpty());
    updateGeometry();
    update();
}

QSize TimingChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {400, static_cast<int>(m_rows.size()) * (line * 4 + 12) + line + 8};
}

QSize TimingChart::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void TimingChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void TimingChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    qint64 longest = 1;
    for (const Row& row : m_rows)
        longest = std::max({longest, row.beforeMs, row.afterMs});

    const QColor beforeColor = palette().color(QPalette::Mid);
    const QColor afterColor = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::WindowText);
    const int barLeft = 8;
    // Bars take at most half the width; the rest is for the time and the model's name.
    const int barMax = std::max(40, width() / 2 - barLeft);

    int y = 4;
    for (const Row& row : m_rows) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(text);
        // Measured in the bold font it is drawn in.
        painter.drawText(QRect(barLeft, y, width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(row.label, Qt::ElideRight, width() - 16));
        painter.setFont(font());
        y += line + 2;
        const struct
        {
            qint64 ms;
            QString model;
            QColor color;
            bool after;
        } bars[] = {{row.beforeMs, row.beforeModel, beforeColor, false},
                    {row.afterMs, row.afterModel, afterColor, true}};
        for (const auto& bar : bars) {
            const int barHeight = line + 4;
            if (bar.ms >= 0) {
                const int length = std::max(3, static_cast<int>(barMax * bar.ms / longest));
                painter.setPen(Qt::NoPen);
                painter.setBrush(bar.color);
                painter.drawRoundedRect(QRect(barLeft, y, length, barHeight), 3, 3);
                painter.setPen(text);
                // Time, then who answered: the chart says which model did the task.
                const int textLeft = barLeft + length + 6;
                const int room = width() - textLeft - 4;
                painter.drawText(QRect(textLeft, y, room, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 barText(bar.ms, bar.after, bar.model, metrics, room));
            } else {
                painter.setPen(text);
                painter.drawText(QRect(barLeft, y, width() - 16, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 notMeasuredText(bar.after));
            }
            y += barHeight + 2;
        }
        y += 6;
    }
}

} // namespace tma
