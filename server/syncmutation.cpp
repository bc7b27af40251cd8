#include "syncmutation.h"

#include "record.h"
#include "recordfields.h"

#include <QRegularExpression>

#include <cmath>

namespace tpn::server {

namespace {

// JSON numbers are doubles; above 2^53 they no longer count one by one.
constexpr double MaximumBaseVersion = 9007199254740991.0;

} // namespace

MutationRejected MutationRejected::invalidField(const QString &field, const QString &problem) {
    return MutationRejected(QStringLiteral("invalid_field"),
                            QStringLiteral("Field '%1' %2.").arg(field, problem));
}

MutationRejected MutationRejected::missingField(const QString &field) {
    return MutationRejected(QStringLiteral("missing_field"),
                            QStringLiteral("Field '%1' is required for a new record.").arg(field));
}

bool isSyncUuid(const QString &text) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

QString mutationIdOf(const QJsonValue &mutation) {
    if (!mutation.isObject()) {
        throw MutationRejected(QStringLiteral("invalid_mutation"),
                               QStringLiteral("A mutation must be a JSON object."));
    }
    const QString id = mutation.toObject().value(QStringLiteral("mutation_id")).toString();
    if (!isSyncUuid(id)) {
        throw MutationRejected(QStringLiteral("invalid_mutation"),
                               QStringLiteral("'mutation_id' must be a lower-case UUID with hyphens."));
    }
    return id;
}

Mutation parseMutation(const QJsonValue &value) {
    Mutation mutation;
    mutation.mutationId = mutationIdOf(value);
    const QJsonObject object = value.toObject();

    mutation.entity = object.value(QStringLiteral("entity")).toString();
    if (mutation.entity != entity::Task && mutation.entity != entity::Journal &&
        mutation.entity != entity::Progress) {
        throw MutationRejected(QStringLiteral("unknown_entity"),
                               QStringLiteral("'entity' must be \"task\", \"journal\" or \"progress\"."));
    }
    const QString op = object.value(QStringLiteral("op")).toString();
    if (op != QLatin1StringView("upsert") && op != QLatin1StringView("delete"))
        throw MutationRejected(QStringLiteral("unknown_op"),
                               QStringLiteral("'op' must be \"upsert\" or \"delete\"."));
    mutation.op = op == QLatin1StringView("delete") ? MutationOp::Delete : MutationOp::Upsert;

    mutation.recordId = object.value(QStringLiteral("record_id")).toString();
    if (!isSyncUuid(mutation.recordId)) {
        throw MutationRejected(QStringLiteral("invalid_record_id"),
                               QStringLiteral("'record_id' must be a lower-case UUID with hyphens."));
    }
    const QJsonValue base = object.value(QStringLiteral("base_version"));
    const double number = base.toDouble(-1);
    if (!base.isDouble() || number < 0 || number > MaximumBaseVersion || std::trunc(number) != number) {
        throw MutationRejected(QStringLiteral("invalid_base_version"),
                               QStringLiteral("'base_version' must be a whole number, 0 or more."));
    }
    mutation.baseVersion = qint64(number);

    if (mutation.op == MutationOp::Delete) {
        // Progress only grows; a deletion would make it depend on the order in which devices report.
        if (mutation.entity == entity::Progress) {
            throw MutationRejected(QStringLiteral("op_not_allowed"),
                                   QStringLiteral("Progress records cannot be deleted."));
        }
        return mutation; // fields of a delete are ignored
    }
    const QJsonValue fields = object.value(QStringLiteral("fields"));
    if (!fields.isObject())
        throw MutationRejected::invalidField(QStringLiteral("fields"),
                                             QStringLiteral("must be a JSON object"));
    if (mutation.entity == entity::Task) {
        mutation.fields = validTaskFields(fields.toObject());
    } else if (mutation.entity == entity::Journal) {
        mutation.fields = validJournalFields(fields.toObject(), &mutation.resolveConflict);
    } else {
        mutation.fields = validProgressFields(fields.toObject());
    }
    return mutation;
}

} // namespace tpn::server
