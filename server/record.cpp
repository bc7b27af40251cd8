#include "record.h"

#include <QDateTime>
#include <QJsonArray>

namespace tpn::server {

QString isoTime(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject recordJson(const SyncRecord &record) {
    QJsonObject json{{QStringLiteral("record_id"), record.recordId},
                     {QStringLiteral("entity"), record.entity},
                     {QStringLiteral("version"), record.version},
                     {QStringLiteral("updated_at"), isoTime(record.updatedAt)},
                     {QStringLiteral("deleted"), record.deleted},
                     {QStringLiteral("fields"), record.fields}};
    // The bookkeeping (field and content versions) stays on the server: clients have no use for it and
    // every pull would carry it.
    if (record.entity == entity::Task) {
        json.insert(state::History, record.state.value(state::History).toArray());
    } else if (record.entity == entity::Journal) {
        json.insert(state::Conflicted, record.state.value(state::Conflicted).toBool());
        json.insert(state::ConflictVersions, record.state.value(state::ConflictVersions).toArray());
    }
    return json;
}

} // namespace tpn::server
