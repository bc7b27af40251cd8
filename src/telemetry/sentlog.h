#pragma once

#include <QJsonArray>
#include <QString>

namespace tpn::telemetry {

// "What was sent": one line per delivered report, {at, kind, bytes}, in <dir>/sent.jsonl, for the
// learner to see in the settings. The report's content is not kept: it was about the app, and it is gone.
class SentLog {
public:
    // Past twice this many lines, the oldest are trimmed down to it on the next append.
    static constexpr int kMaxEntries = 500;

    explicit SentLog(QString path);
    void append(const QString &kind, qint64 bytes);
    QJsonArray entries() const; // newest first
    void clear();

private:
    QList<QByteArray> lines() const;

    QString m_path;
    int m_lines = -1; // counted on the first append
};

} // namespace tpn::telemetry
