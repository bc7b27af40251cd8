#pragma once

#include "loadclient.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QTextStream>

// What one phase of a run measured: each request's time by kind (signin, pull, push, courses, course,
// lesson), the throttled answers, and the errors by kind and cause ("push 500").
class LoadStats {
public:
    void record(const QString &kind, const Answer &answer);
    // An answer that is not a success but expected (a registration of an account that exists): timed only.
    void recordExpected(const QString &kind, const Answer &answer) {
        m_kinds[kind].microseconds.append(answer.elapsedMicroseconds);
    }
    // A failure that is not an HTTP status: e.g. "push rejected mutation".
    void recordError(const QString &what) { ++m_errors[what]; }

    qint64 requestCount() const;
    qint64 errorCount() const;
    // A table: per kind and overall, requests, requests/s over seconds, p50/p95/p99 ms, errors, throttled.
    void print(QTextStream &out, double seconds) const;

private:
    struct Kind {
        QList<qint64> microseconds;
        qint64 errors = 0;
        qint64 throttled = 0;
    };
    QMap<QString, Kind> m_kinds;
    QMap<QString, qint64> m_errors;
};
