#include "loadstats.h"

#include <algorithm>
#include <cmath>

namespace {

// Nearest-rank percentile of sorted samples, in milliseconds.
double percentileMs(const QList<qint64> &sorted, double percentile) {
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(percentile / 100.0 * double(sorted.size())));
    return double(sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1))) / 1000.0;
}

QString cause(const Answer &answer) {
    if (answer.status > 0)
        return QString::number(answer.status);
    return QStringLiteral("network error %1").arg(int(answer.error));
}

} // namespace

void LoadStats::record(const QString &kind, const Answer &answer) {
    Kind &counts = m_kinds[kind];
    counts.microseconds.append(answer.elapsedMicroseconds);
    if (answer.throttled()) {
        ++counts.throttled;
    } else if (!answer.ok()) {
        ++counts.errors;
        ++m_errors[kind + u' ' + cause(answer)];
    }
}

qint64 LoadStats::requestCount() const {
    qint64 count = 0;
    for (const Kind &kind : m_kinds)
        count += kind.microseconds.size();
    return count;
}

qint64 LoadStats::errorCount() const {
    qint64 count = 0;
    for (const qint64 errors : m_errors)
        count += errors;
    return count;
}

void LoadStats::print(QTextStream &out, double seconds) const {
    const auto row = [&](const QString &name, QList<qint64> samples, qint64 errors, qint64 throttled) {
        std::sort(samples.begin(), samples.end());
        out << "  " << qSetFieldWidth(9) << Qt::left << name << qSetFieldWidth(10) << Qt::right
            << samples.size() << QString::number(seconds > 0 ? double(samples.size()) / seconds : 0, 'f', 1)
            << QString::number(percentileMs(samples, 50), 'f', 1)
            << QString::number(percentileMs(samples, 95), 'f', 1)
            << QString::number(percentileMs(samples, 99), 'f', 1) << errors << throttled << qSetFieldWidth(0)
            << '\n';
    };
    out << "  " << qSetFieldWidth(9) << Qt::left << "kind" << qSetFieldWidth(10) << Qt::right << "requests"
        << "req/s"
        << "p50 ms"
        << "p95 ms"
        << "p99 ms"
        << "errors"
        << "throttled" << qSetFieldWidth(0) << '\n';
    QList<qint64> all;
    qint64 errors = 0;
    qint64 throttled = 0;
    for (auto kind = m_kinds.cbegin(); kind != m_kinds.cend(); ++kind) {
        row(kind.key(), kind->microseconds, kind->errors, kind->throttled);
        all += kind->microseconds;
        errors += kind->errors;
        throttled += kind->throttled;
    }
    row(QStringLiteral("all"), all, errors, throttled);
    out << "  errors by kind:";
    if (m_errors.isEmpty())
        out << " none";
    for (auto error = m_errors.cbegin(); error != m_errors.cend(); ++error)
        out << ' ' << error.key() << ": " << error.value() << ';';
    out << Qt::endl;
}
