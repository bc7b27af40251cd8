#include "spool.h"

#include "reportcontext.h"
#include "spoolfiles.h"
#include "telemetrylog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

namespace tpn::telemetry {

namespace {

constexpr QLatin1StringView kDroppedFile("dropped");

QDateTime createdAt(const QJsonObject &body) {
    for (const auto field : {QLatin1StringView("created_at"), QLatin1StringView("ended_at")}) {
        const QDateTime at = QDateTime::fromString(body.value(field).toString(), Qt::ISODate);
        if (at.isValid())
            return at.toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

} // namespace

Spool::Spool(QString directory, SpoolLimits limits)
    : m_dir(std::move(directory))
    , m_limits(limits) {
    m_worker.setMaxThreadCount(1);
    QDir().mkpath(tmpDir());
    QDir().mkpath(pendingDir());
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A file still in tmp/ was being written when the process died: it may be partial, and was never
    // promised to anyone.
    QDir tmp(tmpDir());
    for (const QString &name : tmp.entryList(QDir::Files | QDir::Hidden))
        tmp.remove(name);
    QFile counter(QDir(m_dir).filePath(kDroppedFile));
    if (counter.open(QIODevice::ReadOnly))
        m_dropped = std::max<qint64>(0, counter.readAll().trimmed().toLongLong());
    QMutexLocker lock(&m_mutex);
    for (const SpoolEntry &entry : pendingLocked())
        m_sequence = std::max(m_sequence, spoolfiles::parse(QFileInfo(entry.path).fileName())->sequence + 1);
    applyCapsLocked(); // reports also age while the app is not running
}

Spool::~Spool() {
    m_worker.waitForDone();
}

bool Spool::isKind(const QString &kind) {
    return kind == QLatin1StringView("crash") || kind == QLatin1StringView("error") ||
           kind == QLatin1StringView("timings");
}

QString Spool::pendingDir() const {
    return QDir(m_dir).filePath(QStringLiteral("pending"));
}

QString Spool::tmpDir() const {
    return QDir(m_dir).filePath(QStringLiteral("tmp"));
}

quint64 Spool::generationLocked(const QString &kind) const {
    return m_generation + m_kindGenerations.value(kind);
}

bool Spool::add(const QString &kind, const QJsonObject &body, QString *error) {
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        generation = generationLocked(kind);
    }
    return addFrom(generation, kind, body, error);
}

bool Spool::addFrom(quint64 generation, const QString &kind, QJsonObject body, QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        qCWarning(lcTelemetry) << "report not spooled:" << why;
        return false;
    };
    if (!isKind(kind))
        return fail(QStringLiteral("unknown kind ") + kind);
    if (!body.contains(QLatin1StringView("id")))
        body.insert(QStringLiteral("id"), newReportId());
    const QString id = body.value(QLatin1StringView("id")).toString();
    if (QUuid::fromString(id).isNull())
        return fail(QStringLiteral("the id is not a UUID"));
    const QDateTime created = createdAt(body);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (bytes.size() > m_limits.maxBytes ||
        created < QDateTime::currentDateTimeUtc().addDays(-m_limits.maxAgeDays)) {
        countDropped(1);
        return fail(QStringLiteral("beyond the spool's caps"));
    }
    // Written and synced outside the lock: readers of the queue never wait for an fsync.
    const QString tmpPath = QDir(tmpDir()).filePath(id + QStringLiteral(".json"));
    QString why;
    if (!spoolfiles::writeSynced(tmpPath, bytes, &why))
        return fail(why);

    QMutexLocker lock(&m_mutex);
    if (generation != generationLocked(kind)) {
        QFile::remove(tmpPath);
        return fail(QStringLiteral("cleared meanwhile"));
    }
    const QString name = spoolfiles::format({created.toMSecsSinceEpoch(), m_sequence++, kind, id});
    if (!spoolfiles::renameSynced(tmpPath, QDir(pendingDir()).filePath(name), &why)) {
        QFile::remove(tmpPath);
        return fail(why);
    }
    applyCapsLocked();
    return true;
}

QList<SpoolEntry> Spool::pending() const {
    QMutexLocker lock(&m_mutex);
    return pendingLocked();
}

QList<SpoolEntry> Spool::pendingLocked() const {
    QList<SpoolEntry> entries;
    const QFileInfoList files = QDir(pendingDir()).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const auto name = spoolfiles::parse(file.fileName());
        if (!name)
            continue;
        entries.append({name->id, name->kind, QDateTime::fromMSecsSinceEpoch(name->createdMs, Qt::UTC),
                        file.size(), file.filePath()});
    }
    return entries;
}

void Spool::applyCapsLocked() {
    QList<SpoolEntry> entries = pendingLocked();
    qint64 bytes = 0;
    for (const SpoolEntry &entry : std::as_const(entries))
        bytes += entry.size;
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-m_limits.maxAgeDays);
    qint64 dropped = 0;
    // Oldest first: a week-old crash matters less than today's, and the server has its own copy of trends.
    while (!entries.isEmpty() && (entries.size() > m_limits.maxItems || bytes > m_limits.maxBytes ||
                                  entries.constFirst().createdAt < oldest)) {
        const SpoolEntry entry = entries.takeFirst();
        bytes -= entry.size;
        if (QFile::remove(entry.path))
            ++dropped;
    }
    if (dropped > 0) {
        qCInfo(lcTelemetry) << "spool caps dropped" << dropped << "reports";
        storeDroppedLocked(m_dropped + dropped);
    }
}

std::optional<QJsonObject> Spool::read(const SpoolEntry &entry) {
    // Without the lock: a pending file never changes once renamed in, and one removed meanwhile stays
    // readable through its open handle. Megabytes of JSON are read while others use the spool.
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // removed meanwhile (sent, capped or cleared): counted there if at all
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    if (document.isObject() && document.object().value(QLatin1StringView("id")).toString() == entry.id)
        return document.object();
    qCWarning(lcTelemetry) << "unreadable report removed:" << entry.kind << entry.id << error.errorString();
    QMutexLocker lock(&m_mutex);
    if (QFile::remove(entry.path)) // not if the caps or a clear() took it meanwhile
        storeDroppedLocked(m_dropped + 1);
    return std::nullopt;
}

void Spool::remove(const QString &id) {
    if (QUuid::fromString(id).isNull())
        return; // never a wildcard in the name filter below
    QMutexLocker lock(&m_mutex);
    QDir pending(pendingDir());
    for (const QString &name :
         pending.entryList({QStringLiteral("*-") + id + QStringLiteral(".json")}, QDir::Files))
        pending.remove(name);
}

void Spool::clear() {
    QMutexLocker lock(&m_mutex);
    ++m_generation;
    for (const SpoolEntry &entry : pendingLocked())
        QFile::remove(entry.path);
    storeDroppedLocked(0);
}

void Spool::clear(const QString &kind) {
    QMutexLocker lock(&m_mutex);
    ++m_kindGenerations[kind];
    for (const SpoolEntry &entry : pendingLocked())
        if (entry.kind == kind)
            QFile::remove(entry.path);
}

qint64 Spool::dropped() const {
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

void Spool::acknowledgeDropped(qint64 count) {
    QMutexLocker lock(&m_mutex);
    // Reports may have been dropped while the upload that carried `count` was in flight: those stay.
    storeDroppedLocked(std::max<qint64>(0, m_dropped - count));
}

void Spool::countDropped(qint64 count) {
    QMutexLocker lock(&m_mutex);
    storeDroppedLocked(m_dropped + count);
}

void Spool::storeDroppedLocked(qint64 dropped) {
    if (dropped == m_dropped)
        return;
    m_dropped = dropped;
    const QString tmpPath = QDir(tmpDir()).filePath(kDroppedFile);
    QString error;
    if (!spoolfiles::writeSynced(tmpPath, QByteArray::number(dropped) + '\n', &error) ||
        !spoolfiles::renameSynced(tmpPath, QDir(m_dir).filePath(kDroppedFile), &error))
        qCWarning(lcTelemetry) << "cannot keep the dropped count:" << error;
}

void Spool::post(QObject *context, std::function<std::function<void()>()> work) {
    m_worker.start(
        [this, guard = QPointer<QObject>(context), hasContext = context != nullptr, work = std::move(work)] {
            std::function<void()> finish = work();
            if (!hasContext || !finish)
                return;
            // Through m_home, which outlives every job (the destructor waits for them): `guard` is then
            // checked on the context's own thread, where it cannot be destroyed in between.
            QMetaObject::invokeMethod(
                &m_home,
                [guard, finish = std::move(finish)] {
                    if (guard)
                        finish();
                },
                Qt::QueuedConnection);
        });
}

void Spool::addLater(const QString &kind, const QJsonObject &body, QObject *context,
                     std::function<void(bool)> done) {
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        generation = generationLocked(kind);
    }
    post(context, [this, generation, kind, body, done = std::move(done)]() -> std::function<void()> {
        const bool added = addFrom(generation, kind, body, nullptr);
        if (!done)
            return {};
        return [done, added] { done(added); };
    });
}

void Spool::readLater(const SpoolEntry &entry, QObject *context,
                      std::function<void(std::optional<QJsonObject>)> done) {
    post(context, [this, entry, done = std::move(done)]() -> std::function<void()> {
        auto body = read(entry);
        return [done, body = std::move(body)] { done(body); };
    });
}

void Spool::waitForBackground() {
    m_worker.waitForDone();
}

} // namespace tpn::telemetry
