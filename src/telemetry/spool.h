#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace tpn::telemetry {

struct SpoolLimits {
    qint64 maxBytes = 10 * 1024 * 1024;
    int maxItems = 250;
    int maxAgeDays = 60;
};

struct SpoolEntry {
    QString id;
    QString kind;
    QDateTime createdAt;
    qint64 size = 0;
    QString path;
};

// The on-device queue of reports, kept through restarts and weeks offline until the server has
// acknowledged each: one file per report, written to tmp/ then renamed into pending/, so a report is
// either whole or absent whatever moment the process dies. Leftover tmp files (a kill mid-write) are
// deleted at construction, never sent. Thread-safe; the *Later functions do the file work on the spool's
// own worker thread (one job at a time, in order), so the GUI thread never waits for an fsync.
class Spool {
public:
    explicit Spool(QString directory, SpoolLimits limits = {}); // creates directory/tmp, directory/pending
    ~Spool();                                                   // waits for the worker's jobs
    Spool(const Spool &) = delete;
    Spool &operator=(const Spool &) = delete;

    // kind: "crash" | "error" | "timings"; body: the upload's JSON, with "id" set (a UUID; made here when
    // missing). Its "created_at" (or else "ended_at", or else now) orders it and ages it. Atomic (write
    // tmp, flush+fsync, rename); then applies the caps: oldest dropped first, counted. False (and
    // counted) for a report the caps would drop at once: larger than maxBytes or older than maxAgeDays.
    bool add(const QString &kind, const QJsonObject &body, QString *error = nullptr);
    QList<SpoolEntry> pending() const;                        // oldest first
    std::optional<QJsonObject> read(const SpoolEntry &entry); // nullopt: unreadable, removed and counted
    void remove(const QString &id);
    void clear(); // consent withdrawn: everything pending goes, and the dropped count with it
    void clear(const QString &kind);
    qint64 dropped() const;                // persisted counter
    void acknowledgeDropped(qint64 count); // after the server has acknowledged it
    void countDropped(qint64 count);       // reports lost before they reached the spool (a rate cap)

    // add() and read() on the worker; `done` then runs on `context`'s thread (which must be the thread
    // that made the spool), unless `context` was destroyed meanwhile. A report queued before a clear()
    // is not added after it.
    void addLater(const QString &kind, const QJsonObject &body, QObject *context = nullptr,
                  std::function<void(bool)> done = {});
    void readLater(const SpoolEntry &entry, QObject *context,
                   std::function<void(std::optional<QJsonObject>)> done);
    void waitForBackground(); // every queued job done: at quit, and in tests

    QString directory() const { return m_dir; }
    static bool isKind(const QString &kind); // crash, error or timings

private:
    bool addFrom(quint64 generation, const QString &kind, QJsonObject body, QString *error);
    void post(QObject *context, std::function<std::function<void()>()> work);
    QList<SpoolEntry> pendingLocked() const;
    void applyCapsLocked();
    void storeDroppedLocked(qint64 dropped);
    quint64 generationLocked(const QString &kind) const;
    QString pendingDir() const;
    QString tmpDir() const;

    const QString m_dir;
    const SpoolLimits m_limits;
    mutable QMutex m_mutex;
    qint64 m_dropped = 0;
    quint32 m_sequence = 0;
    // Bumped by clear(), so a report queued before it is not added after it.
    quint64 m_generation = 0;
    QHash<QString, quint64> m_kindGenerations;
    QObject m_home; // lives on the spool's thread and receives the worker's answers
    QThreadPool m_worker;
};

} // namespace tpn::telemetry
