#include "outboxmodel.h"

#include "learnerbinding.h"
#include "syncstatus.h"

namespace {

QString kindText(Entity entity) {
    switch (entity) {
    case Entity::Task:
        return OutboxModel::tr("Task");
    case Entity::Journal:
        return OutboxModel::tr("Journal entry");
    case Entity::Progress:
        return OutboxModel::tr("Lesson progress");
    }
    return {};
}

QString summary(const Mutation &m) {
    if (m.isDelete)
        return OutboxModel::tr("Deleted");
    switch (m.entity) {
    case Entity::Task:
        return m.fields.value(u"title").toString();
    case Entity::Journal: // the date only: the text stays on the journal screen
        return m.fields.value(u"date").toString();
    case Entity::Progress:
        return m.fields.value(u"lesson_id").toString();
    }
    return {};
}

QString reasonText(const Mutation &m) {
    if (m.state != QLatin1String("rejected"))
        return {};
    if (m.reason == QLatin1String("invalid_field") || m.reason == QLatin1String("invalid_parameter"))
        return OutboxModel::tr("Something in this change is not valid, so the server refused it.");
    if (m.reason == QLatin1String("payload_too_large"))
        return OutboxModel::tr("This change is too large to send.");
    return OutboxModel::tr("The server refused this change (%1).").arg(m.reason);
}

} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractListModel(parent) {}

int OutboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Mutation &m = m_rows.at(index.row());
    switch (role) {
    case MutationIdRole:
        return m.mutationId;
    case KindRole:
        return kindText(m.entity);
    case Qt::DisplayRole:
    case SummaryRole:
        return summary(m);
    case StateRole:
        return m.state;
    case ReasonRole:
        return reasonText(m);
    }
    return {};
}

QHash<int, QByteArray> OutboxModel::roleNames() const {
    return {{MutationIdRole, "mutationId"},
            {KindRole, "kind"},
            {SummaryRole, "summary"},
            {StateRole, "state"},
            {ReasonRole, "reason"}};
}

void OutboxModel::setSource(LearnerRepository *source) {
    // Also on a sync's steps: the page shows edits turning from waiting to sending. It lists only
    // unconfirmed edits, so this stays cheap.
    bindLearnerSource(this, m_source, source, &OutboxModel::reload, &LearnerRepository::outboxProgressed);
}

void OutboxModel::reload() {
    const int before = count();
    beginResetModel();
    m_rows = m_source ? m_source->outbox() : QList<Mutation>();
    endResetModel();
    if (count() != before)
        emit countChanged();
}

bool OutboxModel::retry(const QString &mutationId) {
    return m_source && m_source->retry(mutationId); // the source's dataChanged reloads
}

bool OutboxModel::discard(const QString &mutationId) {
    return m_source && m_source->discard(mutationId);
}
