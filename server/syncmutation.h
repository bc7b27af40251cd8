#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <exception>

namespace tpn::server {

// A mutation the server will not apply (docs/sync.md, Rejections). It fails only its own mutation, not
// the push: the service turns it into a "rejected" result with the reason code and message.
class MutationRejected : public std::exception {
public:
    MutationRejected(QString reason, QString message)
        : m_reason(std::move(reason))
        , m_message(std::move(message)) {}

    const QString &reason() const { return m_reason; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return "mutation rejected"; }

    static MutationRejected invalidField(const QString &field, const QString &problem);
    static MutationRejected missingField(const QString &field);

private:
    QString m_reason;
    QString m_message;
};

enum class MutationOp { Upsert, Delete };

// One validated mutation of a push.
struct Mutation {
    QString mutationId;
    QString entity;
    MutationOp op = MutationOp::Upsert;
    QString recordId;
    qint64 baseVersion = 0;
    QString clientId; // the push's client_id: a device's own earlier edits never collide with its later ones
    // Upserts: the fields given, validated and normalized for the entity, unknown members dropped.
    QJsonObject fields;
    bool resolveConflict = false; // journal: fields.resolve_conflict
};

// Record and mutation ids: UUIDs, lower-case, with hyphens.
bool isSyncUuid(const QString &text);

// The mutation_id of a mutation; throws invalid_mutation when it is missing or not a UUID. Read first,
// so that a replay is recognized before anything else about it is looked at.
QString mutationIdOf(const QJsonValue &mutation);

// The whole mutation, validated; throws MutationRejected naming the first problem.
Mutation parseMutation(const QJsonValue &mutation);

} // namespace tpn::server
