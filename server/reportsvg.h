#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tpn::server {

// One row of a horizontal bar chart: a label and one bar per series, each with the text shown beside it.
struct ChartRow {
    QString label;
    QList<double> values;
    QStringList texts;
};

struct ChartSeries {
    QString name;  // for the legend; no legend when there is one series
    QString color; // CSS colour
};

// An inline SVG bar chart (no script, no font, no network): a row per item, bars scaled to the largest
// value, the labels on the left, the values after the bars. width: its width in CSS pixels.
QString horizontalBarChart(const QList<ChartRow> &rows, const QList<ChartSeries> &series, int width);

} // namespace tpn::server
