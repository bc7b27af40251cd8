#include "guestadoption.h"

#include "learnersync.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAdoption, "tpn.learner.adoption")

namespace {

constexpr Entity kEntities[] = {Entity::Task, Entity::Journal, Entity::Progress};

// What the server keeps about a record, not what the learner set: never sent back as an edit.
QJsonObject editableFields(QJsonObject fields) {
    for (const char *serverOnly : {"history", "conflicted", "conflict_versions", "time_spent_seconds"})
        fields.remove(QLatin1String(serverOnly));
    return fields;
}

} // namespace

GuestAdoption::GuestAdoption(QObject *parent)
    : QObject(parent) {}

void GuestAdoption::setSources(LearnerSync *guest, LearnerSync *guestJournal, LearnerSync *account) {
    if (account != m_account)
        m_declined = false; // each sign-in asks again
    for (LearnerSync *previous : {m_guest.data(), m_guestJournal.data()}) {
        if (previous)
            previous->disconnect(this);
    }
    m_guest = guest;
    m_guestJournal = guestJournal;
    m_account = account;
    for (LearnerSync *sync : {guest, guestJournal}) {
        if (sync)
            connect(sync, &LearnerSync::changed, this, &GuestAdoption::refresh);
    }
    refresh();
}

LearnerSync *GuestAdoption::guestSyncFor(Entity entity) const {
    return entity == Entity::Journal && m_guestJournal ? m_guestJournal.data() : m_guest.data();
}

void GuestAdoption::refresh() {
    for (int i = 0; i < 3; ++i) {
        LearnerSync *sync = guestSyncFor(kEntities[i]);
        m_counts[i] = sync ? sync->store().recordCount(kEntities[i]) : 0;
    }
    emit changed();
}

bool GuestAdoption::offered() const {
    return m_account && !m_declined && (m_running || m_counts[0] + m_counts[1] + m_counts[2] > 0);
}

QString GuestAdoption::summary() const {
    QStringList parts;
    if (m_counts[0] > 0)
        parts.append(tr("%n task(s)", nullptr, m_counts[0]));
    if (m_counts[1] > 0)
        parts.append(tr("%n journal entry(s)", nullptr, m_counts[1]));
    if (m_counts[2] > 0)
        parts.append(tr("progress in %n lesson(s)", nullptr, m_counts[2]));
    if (parts.size() < 2)
        return parts.value(0);
    const QString last = parts.takeLast();
    //: Joins the last item of a list, e.g. "2 tasks, 1 journal entry" + "progress in 3 lessons".
    return tr("%1 and %2").arg(parts.join(tr(", ")), last);
}

void GuestAdoption::decline() {
    m_declined = true;
    emit changed();
}

void GuestAdoption::adopt() {
    if (m_running || !m_account)
        return;
    m_queue.clear();
    for (Entity entity : kEntities) {
        if (LearnerSync *sync = guestSyncFor(entity)) {
            for (const LocalRecord &record : sync->store().records(entity))
                m_queue.append({entity, record});
        }
    }
    m_total = static_cast<int>(m_queue.size());
    m_done = 0;
    m_error.clear();
    m_running = true;
    emit changed();
    QTimer::singleShot(0, this, &GuestAdoption::step);
}

void GuestAdoption::step() {
    LearnerSync *account = m_account;
    if (!account)
        return finish(tr("You were signed out before everything was brought in. The rest is still on "
                         "this device."));
    QList<Item> chunk = m_queue.mid(0, kRecordsPerStep);
    m_queue.remove(0, chunk.size());
    for (const Item &item : std::as_const(chunk)) {
        LearnerSync *guest = guestSyncFor(item.entity);
        QString error;
        // Into the account first, then out of the guest's file: a kill in between is undone by the
        // adopted marker the next time, never by a second copy.
        if (!account->store().adopt(item.entity, item.record.recordId, editableFields(item.record.fields),
                                    &error)) {
            qCWarning(lcAdoption) << "cannot adopt a guest record:" << error;
            return finish(tr("Some of what you did before signing in could not be brought in. It is still on "
                             "this device; try again."));
        }
        if (guest && !guest->store().forget(item.entity, item.record.recordId))
            qCWarning(lcAdoption) << "adopted, but still in the guest's file (adopted again later, once)";
        ++m_done;
    }
    account->notifyChanged(true);
    if (m_queue.isEmpty())
        return finish({});
    emit changed();
    QTimer::singleShot(0, this, &GuestAdoption::step);
}

void GuestAdoption::finish(const QString &error) {
    m_running = false;
    m_queue.clear();
    m_error = error;
    for (LearnerSync *sync : {m_guest.data(), m_guestJournal.data()}) {
        if (sync)
            sync->notifyChanged(false);
    }
    refresh();
    emit finished(error.isEmpty());
}
