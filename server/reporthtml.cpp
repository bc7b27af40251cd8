#include "reporthtml.h"

#include "crashsignature.h"
#include "reportdata.h"
#include "reportsvg.h"

namespace tpn::server {

namespace {

constexpr int ChartWidth = 1100;
constexpr int MetricChartWidth = 500; // two metric cards side by side at 1280 px
const QString CrashColor = QStringLiteral("#c2410c");
const QString ErrorColor = QStringLiteral("#b45309");
const QString MedianColor = QStringLiteral("#2563eb");
const QString TailColor = QStringLiteral("#93c5fd");

const char Style[] = R"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1f2933; font: 15px/1.45 system-ui, -apple-system, "Segoe UI",
  Roboto, "DejaVu Sans", sans-serif; }
header { background: #1e3a5f; color: #fff; padding: 28px 0 24px; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 32px; }
h1 { margin: 0 0 4px; font-size: 28px; font-weight: 650; }
header p { margin: 0; opacity: .8; }
.totals { display: flex; gap: 14px; margin-top: 20px; flex-wrap: wrap; }
.total { background: rgba(255,255,255,.1); border-radius: 8px; padding: 10px 18px; min-width: 150px; }
.total b { display: block; font-size: 26px; font-weight: 650; }
h2 { font-size: 21px; margin: 34px 0 12px; }
h2 small { font-weight: 400; color: #52606d; font-size: 15px; margin-left: 8px; }
.card { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(15,23,42,.12); padding: 18px 22px;
  margin-bottom: 14px; }
.card h3 { margin: 0 0 6px; font-size: 17px; font-weight: 600; word-break: break-word; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 13px; font-weight: 600;
  margin-right: 8px; color: #fff; vertical-align: 2px; }
.meta { color: #52606d; font-size: 14px; margin-bottom: 8px; }
.meta span { margin-right: 18px; }
code, .sig { font: 13px/1.4 "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.sig { color: #52606d; word-break: break-all; margin-bottom: 10px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th { text-align: left; color: #52606d; font-weight: 600; border-bottom: 1px solid #e4e7eb; padding: 6px 8px; }
td { border-bottom: 1px solid #f0f2f4; padding: 6px 8px; vertical-align: top; word-break: break-word; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 14px; }
.grid .card { margin-bottom: 0; }
.chart { max-width: 100%; height: auto; display: block; margin-bottom: 6px; }
.chart text { font-size: 13px; fill: #1f2933; }
.chart .value { fill: #52606d; }
.empty { color: #52606d; font-style: italic; }
footer { color: #7b8794; font-size: 13px; margin: 30px 0 40px; }
)";

QString e(const QString &text) {
    return text.toHtmlEscaped();
}

QString day(const QString &isoTime) {
    return QString(isoTime).replace(u'T', u' ').remove(u'Z') + QStringLiteral(" UTC");
}

// Where a crash happened (its top frame's function), or an error's message.
QString groupPlace(const ReportGroup &group) {
    if (group.kind == u"error")
        return group.message.simplified();
    return group.frames.isEmpty() ? group.signature
                                  : functionBaseName(group.frames.constFirst().displayName());
}

// What a chart row calls a group: its kind and where it happened.
QString groupTitle(const ReportGroup &group) {
    return group.kind == u"error" ? groupPlace(group)
                                  : group.kind + QStringLiteral(" in ") + groupPlace(group);
}

QString groupCard(const ReportGroup &group, const QString &color) {
    // One arg() call with every value: a report's text holding "%1" must not be taken for a placeholder.
    QString html = QStringLiteral("<div class=\"card\"><h3><span class=\"badge\" style=\"background:%1\">%2"
                                  "</span>%3</h3><div class=\"meta\"><span><b>%4</b> %5</span><span>%6 "
                                  "device(s)</span><span>versions %7</span><span>first %8</span><span>last %9"
                                  "</span></div><div class=\"sig\">%10</div>")
                       .arg(color, e(group.kind), e(groupPlace(group)), QString::number(group.count),
                            group.count == 1 ? QStringLiteral("time") : QStringLiteral("times"),
                            QString::number(group.devices), e(group.versions.join(QStringLiteral(", "))),
                            e(day(group.firstSeen)), e(day(group.lastSeen)), e(group.signature));
    if (group.kind != u"error") {
        html +=
            QStringLiteral("<table><tr><th>#</th><th>Function</th><th>File:line</th><th>Module</th></tr>");
        for (qsizetype i = 0; i < group.frames.size(); ++i) {
            const StackFrame &frame = group.frames.at(i);
            html +=
                QStringLiteral("<tr><td class=\"num\">%1</td><td><code>%2</code></td><td><code>%3</code>"
                               "</td><td>%4</td></tr>")
                    .arg(QString::number(i), e(frame.displayName()), e(frame.location()), e(frame.module));
        }
        if (group.frames.isEmpty())
            html += QStringLiteral("<tr><td colspan=\"4\" class=\"empty\">No frames (%1).</td></tr>")
                        .arg(e(group.state));
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</div>");
}

QString groupSection(const QString &title, const QList<ReportGroup> &groups, const QString &color) {
    QString html =
        QStringLiteral("<h2>%1<small>%2 group(s)</small></h2>").arg(e(title), QString::number(groups.size()));
    if (groups.isEmpty())
        return html + QStringLiteral("<div class=\"card empty\">None reported.</div>");
    QList<ChartRow> rows;
    for (const ReportGroup &group : groups)
        rows.append({groupTitle(group), {double(group.count)}, {QString::number(group.count)}});
    html += QStringLiteral("<div class=\"card\">%1</div>")
                .arg(horizontalBarChart(rows, {{title, color}}, ChartWidth));
    for (const ReportGroup &group : groups)
        html += groupCard(group, color);
    return html;
}

QString metricCard(const QList<MetricSummary> &versions) {
    const MetricSummary &first = versions.constFirst();
    QString title = first.name;
    if (!first.label.isEmpty())
        title += QStringLiteral(" — ") + first.label;
    QList<ChartRow> rows;
    QString table =
        QStringLiteral("<table><tr><th>Version</th><th class=\"num\">Batches</th><th class=\"num\">"
                       "Count</th><th class=\"num\">p50</th><th class=\"num\">p95</th><th "
                       "class=\"num\">Max</th></tr>");
    for (const MetricSummary &metric : versions) {
        rows.append({metric.version,
                     {metric.p50, metric.p95},
                     {formatValue(metric.p50, metric.unit), formatValue(metric.p95, metric.unit)}});
        table += QStringLiteral(
                     "<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td><td class=\"num\">"
                     "%4</td><td class=\"num\">%5</td><td class=\"num\">%6</td></tr>")
                     .arg(e(metric.version), QString::number(metric.batches), QString::number(metric.count),
                          formatValue(metric.p50, metric.unit), formatValue(metric.p95, metric.unit),
                          formatValue(metric.max, metric.unit));
    }
    return QStringLiteral(
               "<div class=\"card\"><h3>%1 <small class=\"meta\">(%2)</small></h3>%3%4</table></div>")
        .arg(e(title), e(first.unit),
             horizontalBarChart(rows,
                                {{QStringLiteral("p50"), MedianColor}, {QStringLiteral("p95"), TailColor}},
                                MetricChartWidth),
             table);
}

QString timingSection(const QList<MetricSummary> &metrics) {
    QString html = QStringLiteral("<h2>Timings<small>p50 and p95 per app version, from the merged "
                                  "histograms</small></h2>");
    if (metrics.isEmpty())
        return html + QStringLiteral("<div class=\"card empty\">No timings reported.</div>");
    html += QStringLiteral("<div class=\"grid\">");
    for (qsizetype i = 0; i < metrics.size();) {
        qsizetype end = i + 1;
        while (end < metrics.size() && metrics.at(end).name == metrics.at(i).name &&
               metrics.at(end).label == metrics.at(i).label && metrics.at(end).unit == metrics.at(i).unit)
            ++end;
        html += metricCard(metrics.mid(i, end - i));
        i = end;
    }
    return html + QStringLiteral("</div>");
}

QString total(qint64 value, const QString &what) {
    return QStringLiteral("<div class=\"total\"><b>%1</b>%2</div>").arg(QString::number(value), e(what));
}

} // namespace

QString reportToHtml(const OperatorReport &report) {
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
               "content=\"width=device-width, initial-scale=1\"><title>Tek Pou Nou — crashes and "
               "timings</title><style>%1</style></head><body><header><div class=\"wrap\"><h1>Tek Pou Nou "
               "— crashes and timings</h1><p>Generated %2 by tekpounou-server report</p><div "
               "class=\"totals\">%3</div></div></header><main class=\"wrap\">%4%5%6<footer>Reports "
               "carry no account, token or learner's text. Frames come from minidump_stackwalk and "
               "the Breakpad symbol store; groups share a signature (docs/telemetry.md)."
               "</footer></main></body></html>\n")
        .arg(QString::fromUtf8(Style), e(day(report.generatedAt)),
             total(report.crashReports, QStringLiteral("crash reports")) +
                 total(report.errorReports, QStringLiteral("error reports")) +
                 total(report.timingBatches, QStringLiteral("timing batches")) +
                 total(report.devices, QStringLiteral("devices")) +
                 total(report.dropped, QStringLiteral("dropped on devices")),
             groupSection(QStringLiteral("Crashes"), report.crashes, CrashColor),
             groupSection(QStringLiteral("Errors"), report.errors, ErrorColor),
             timingSection(report.metrics));
}

} // namespace tpn::server
