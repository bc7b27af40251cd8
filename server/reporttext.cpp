#include "reporttext.h"

#include "reportdata.h"

#include <QTextStream>

namespace tpn::server {

namespace {

void writeGroups(QTextStream &out, const QString &title, const QList<ReportGroup> &groups) {
    out << '\n' << title << " (" << groups.size() << (groups.size() == 1 ? " group)" : " groups)") << '\n';
    for (const ReportGroup &group : groups) {
        out << "  " << qSetFieldWidth(5) << Qt::right << group.count << qSetFieldWidth(0) << Qt::left << "x  "
            << group.signature;
        if (!group.state.isEmpty() && group.state != u"symbolized")
            out << "  [" << group.state << ']';
        out << "\n        " << group.devices << " device(s), versions "
            << group.versions.join(QStringLiteral(", ")) << ", first " << group.firstSeen << ", last "
            << group.lastSeen << '\n';
        for (qsizetype i = 0; i < group.frames.size(); ++i) {
            const StackFrame &frame = group.frames.at(i);
            out << "        #" << i << ' ' << frame.displayName();
            if (!frame.location().isEmpty())
                out << "  " << frame.location();
            out << '\n';
        }
        if (group.kind == u"error")
            out << "        " << group.message.simplified().left(200) << '\n';
    }
}

} // namespace

QString reportToText(const OperatorReport &report) {
    QString text;
    QTextStream out(&text);
    out << "Tek Pou Nou reports, " << report.generatedAt << '\n'
        << report.crashReports << " crash reports, " << report.errorReports << " error reports, "
        << report.timingBatches << " timing batches from " << report.devices << " devices; " << report.dropped
        << " dropped on devices\n";
    writeGroups(out, QStringLiteral("Crashes"), report.crashes);
    writeGroups(out, QStringLiteral("Errors"), report.errors);
    out << "\nTimings (" << report.metrics.size() << " metric and version pairs)\n";
    QString current;
    for (const MetricSummary &metric : report.metrics) {
        const QString title = metric.name + (metric.label.isEmpty() ? QString() : u' ' + metric.label) +
                              QStringLiteral(" (") + metric.unit + u')';
        if (title != current) {
            out << "  " << title << '\n';
            current = title;
        }
        out << "    " << qSetFieldWidth(12) << metric.version << qSetFieldWidth(0) << "count " << metric.count
            << "  p50 " << formatValue(metric.p50, metric.unit) << "  p95 "
            << formatValue(metric.p95, metric.unit) << "  max " << formatValue(metric.max, metric.unit)
            << '\n';
    }
    out.flush();
    return text;
}

} // namespace tpn::server
