#include "learnerrepository.h"

#include "learnersync.h"

LearnerRepository::LearnerRepository(QObject *parent)
    : QObject(parent) {}

void LearnerRepository::setSource(const Source &source) {
    emit learnerChanging();
    for (LearnerSync *previous : {m_records.data(), m_journal.data()}) {
        if (previous)
            previous->disconnect(this);
    }
    m_records = source.records;
    m_journal = source.journal;
    m_guest = source.guest;
    watch(m_records);
    watch(m_journal);
    emit learnerChanged();
    emit dataChanged();
}

void LearnerRepository::watch(LearnerSync *sync) {
    if (!sync)
        return;
    connect(sync, &LearnerSync::changed, this, &LearnerRepository::dataChanged);
    connect(&sync->engine(), &SyncEngine::progress, this, &LearnerRepository::outboxProgressed);
    // The composition closes a learner's data after pointing this elsewhere; this is a last guard.
    connect(sync, &QObject::destroyed, this, [this] {
        if (!m_records)
            setSource({});
    });
}

bool LearnerRepository::syncs() const {
    return m_records && m_records->syncs();
}

LearnerSync *LearnerRepository::syncFor(Entity entity) const {
    return entity == Entity::Journal && m_journal ? m_journal.data() : m_records.data();
}

QList<LocalRecord> LearnerRepository::records(Entity entity) const {
    LearnerSync *sync = syncFor(entity);
    return sync ? sync->store().records(entity) : QList<LocalRecord>();
}

std::optional<LocalRecord> LearnerRepository::record(Entity entity, const QString &recordId) const {
    LearnerSync *sync = syncFor(entity);
    return sync ? sync->store().record(entity, recordId) : std::nullopt;
}

bool LearnerRepository::edit(Entity entity, const QString &recordId, const QJsonObject &fields,
                             QString *error) {
    LearnerSync *sync = syncFor(entity);
    return sync && sync->edit(entity, recordId, fields, error);
}

bool LearnerRepository::remove(Entity entity, const QString &recordId, QString *error) {
    LearnerSync *sync = syncFor(entity);
    return sync && sync->remove(entity, recordId, error);
}

QList<Mutation> LearnerRepository::outbox() const {
    return syncs() ? m_records->store().outbox() : QList<Mutation>();
}

bool LearnerRepository::retry(const QString &mutationId) {
    return syncs() && m_records->retry(mutationId);
}

bool LearnerRepository::discard(const QString &mutationId) {
    return syncs() && m_records->discard(mutationId);
}
