#pragma once

#include <QFontMetrics>
#include <QList>
#include <QString>
#include <QWidget>

namespace tma {

// A small horizontal bar chart of task times before and after (QPainter: Qt Charts is GPL-only).
// Colours come from the palette, so it reads on light and dark themes.
class TimingChart : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString label;       // "Chats with local models"
        qint64 beforeMs = -1; // -1: not measured
        QString beforeModel;
        qint64 afterMs = -1;
        QString afterModel;
    };

    explicit TimingChart(QWidget* parent = nullptr);
    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }

    // The text after a bar, `width` pixels at most: the time, then who answered, the model's
    // name cut in the middle to what is left (the time is never cut).
    // `after`: the bar of the new settings, else the one of the settings before.
    static QString barText(qint64 ms, bool after, const QString& model, const QFontMetrics& metrics,
                           int width);
    // What stands in place of a bar that was not measured.
    static QString notMeasuredText(bool after);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QList<Row> m_rows;
};

} // namespace tma
