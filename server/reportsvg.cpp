#include "reportsvg.h"

#include <algorithm>

namespace tpn::server {

namespace {

constexpr int MaximumLabelWidth = 330;
constexpr int MinimumLabelWidth = 70;
constexpr double CharacterWidth = 7.2; // of the 13 px label font, about
constexpr int ValueWidth = 90;
constexpr int BarHeight = 16;
constexpr int BarGap = 3;
constexpr int RowGap = 12;
constexpr int LegendHeight = 26;
constexpr qsizetype LabelCharacters = 46;

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

// Wide enough for the longest (shortened) label, so short labels such as versions leave room for bars.
int labelWidth(const QList<ChartRow> &rows) {
    qsizetype longest = 0;
    for (const ChartRow &row : rows)
        longest = std::max(longest, std::min(row.label.size(), LabelCharacters));
    return std::clamp(int(double(longest) * CharacterWidth) + 24, MinimumLabelWidth, MaximumLabelWidth);
}

QString shortened(const QString &text) {
    return text.size() <= LabelCharacters ? text : text.left(LabelCharacters - 1) + QChar(0x2026);
}

QString number(double value) {
    return QString::number(value, 'f', 1);
}

} // namespace

QString horizontalBarChart(const QList<ChartRow> &rows, const QList<ChartSeries> &series, int width) {
    const int perRow = int(series.size()) * (BarHeight + BarGap) - BarGap + RowGap;
    const int legend = series.size() > 1 ? LegendHeight : 0;
    const int height = legend + int(rows.size()) * perRow - RowGap;
    const int labels = labelWidth(rows);
    const double barSpace = width - labels - ValueWidth;
    double largest = 0;
    for (const ChartRow &row : rows)
        for (const double value : row.values)
            largest = std::max(largest, value);

    // Each element is filled by one arg() call: a label holding "%1" must not be taken for a placeholder.
    QString svg = QStringLiteral("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                 "height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\">")
                      .arg(QString::number(width), QString::number(height));
    if (legend) {
        int x = labels;
        for (const ChartSeries &entry : series) {
            svg += QStringLiteral("<rect x=\"%1\" y=\"4\" width=\"12\" height=\"12\" rx=\"2\" fill=\"%2\"/>"
                                  "<text x=\"%3\" y=\"14\" class=\"legend\">%4</text>")
                       .arg(QString::number(x), entry.color, QString::number(x + 18), escaped(entry.name));
            x += 30 + int(entry.name.size()) * 8;
        }
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const ChartRow &row = rows.at(r);
        const int top = legend + int(r) * perRow;
        const int middle = top + (perRow - RowGap) / 2;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"label\" text-anchor=\"end\" "
                              "dominant-baseline=\"middle\"><title>%3</title>%4</text>")
                   .arg(QString::number(labels - 12), QString::number(middle), escaped(row.label),
                        escaped(shortened(row.label)));
        for (qsizetype s = 0; s < series.size() && s < row.values.size(); ++s) {
            const double length = largest > 0 ? std::max(2.0, row.values.at(s) / largest * barSpace) : 2.0;
            const int y = top + int(s) * (BarHeight + BarGap);
            svg += QStringLiteral(
                       "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\" fill=\"%5\"/>"
                       "<text x=\"%6\" y=\"%7\" class=\"value\" dominant-baseline=\"middle\">%8</text>")
                       .arg(QString::number(labels), QString::number(y), number(length),
                            QString::number(BarHeight), series.at(s).color, number(labels + length + 8),
                            QString::number(y + BarHeight / 2 + 1), escaped(row.texts.value(s)));
        }
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace tpn::server
