#include "syncjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace {
bool isUuid(const QString &s) {
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}
} // namespace

std::optional<RemoteRecord> SyncJson::record(const QJsonValue &json, QString *error) {
    const QJsonObject o = json.toObject();
    RemoteRecord r;
    const auto entity = entityFromName(o.value(u"entity").toString());
    r.recordId = o.value(u"record_id").toString();
    r.version = o.value(u"version").toInt(-1);
    r.fields = o.value(u"fields").toObject();
    r.updatedAt = QDateTime::fromString(o.value(u"updated_at").toString(), Qt::ISODateWithMs);
    if (!json.isObject() || !entity || r.recordId.isEmpty() || r.recordId.size() > 64 || r.version < 1 ||
        !o.value(u"deleted").isBool() || !o.value(u"fields").isObject()) {
        *error = QStringLiteral("a record is missing entity, record_id, version, deleted or fields");
        return std::nullopt;
    }
    r.entity = *entity;
    r.deleted = o.value(u"deleted").toBool();
    // Server-kept extras travel with the fields, so the local copy shows them too.
    for (const char *extra : {"history", "conflicted", "conflict_versions"}) {
        const QString key = QString::fromLatin1(extra);
        if (o.contains(key))
            r.fields.insert(key, o.value(key));
    }
    return r;
}

std::optional<QList<PushResult>> SyncJson::pushResults(const QJsonValue &data, QString *error) {
    const QJsonArray results = data.toObject().value(u"results").toArray();
    QList<PushResult> parsed;
    for (const QJsonValue &item : results) {
        const QJsonObject o = item.toObject();
        PushResult r;
        r.mutationId = o.value(u"mutation_id").toString();
        const QString status = o.value(u"status").toString();
        if (status == QLatin1String("applied"))
            r.status = PushResult::Status::Applied;
        else if (status == QLatin1String("duplicate"))
            r.status = PushResult::Status::Duplicate;
        else if (status == QLatin1String("conflict"))
            r.status = PushResult::Status::Conflict;
        else if (status == QLatin1String("rejected"))
            r.status = PushResult::Status::Rejected;
        else {
            *error = QStringLiteral("unknown push status '%1'").arg(status.left(20));
            return std::nullopt;
        }
        if (!isUuid(r.mutationId)) {
            *error = QStringLiteral("a push result has no valid mutation_id");
            return std::nullopt;
        }
        r.reason = o.value(u"reason").toString().left(64);
        if (o.value(u"record").isObject()) {
            r.record = record(o.value(u"record"), error);
            if (!r.record)
                return std::nullopt;
        }
        parsed.append(std::move(r));
    }
    return parsed;
}

std::optional<PullPage> SyncJson::pullPage(const QJsonValue &data, QString *error) {
    const QJsonObject o = data.toObject();
    if (!o.value(u"changes").isArray() || !o.value(u"cursor").isDouble() || !o.value(u"hasMore").isBool()) {
        *error = QStringLiteral("a pull answer needs changes, cursor and hasMore");
        return std::nullopt;
    }
    PullPage page;
    page.cursor = static_cast<qint64>(o.value(u"cursor").toDouble());
    page.hasMore = o.value(u"hasMore").toBool();
    for (const QJsonValue &item : o.value(u"changes").toArray()) {
        auto r = record(item, error);
        if (!r)
            return std::nullopt;
        page.changes.append(std::move(*r));
    }
    return page;
}
