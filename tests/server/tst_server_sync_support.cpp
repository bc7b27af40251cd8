#include "tst_server_sync_support.h"

#include <QJsonDocument>
#include <QUuid>

namespace {

int userCount = 0;

} // namespace

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject upsert(const QString &entity, const QString &recordId, qint64 baseVersion,
                   const QJsonObject &fields, const QString &mutationId) {
    return {{"mutation_id", mutationId},   {"entity", entity}, {"op", "upsert"}, {"record_id", recordId},
            {"base_version", baseVersion}, {"fields", fields}};
}

QJsonObject removal(const QString &entity, const QString &recordId, qint64 baseVersion,
                    const QString &mutationId) {
    return {{"mutation_id", mutationId},
            {"entity", entity},
            {"op", "delete"},
            {"record_id", recordId},
            {"base_version", baseVersion}};
}

QByteArray pushBody(const QJsonArray &mutations, const QString &clientId) {
    return QJsonDocument(QJsonObject{{"client_id", clientId}, {"mutations", mutations}})
        .toJson(QJsonDocument::Compact);
}

HeaderList bearer(const QString &token) {
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

SyncUser::SyncUser(TestServer &server, ApiClient &client)
    : m_server(server)
    , m_client(client)
    , m_email(QStringLiteral("sync%1-%2@example.ht")
                  .arg(++userCount)
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8))) {
    const QJsonObject body{
        {"email", m_email}, {"password", "lekol-sync-2026"}, {"displayName", "Sync"}, {"language", "ht"}};
    const HttpReply reply = m_client.send("POST", m_server.url("/mobile-api/auth/register"),
                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_token = stringField(reply.data(), "access_token");
    m_id = stringField(reply.data().toObject().value("user"), "id");
}

HttpReply SyncUser::push(const QJsonArray &mutations, const QString &clientId) {
    return m_client.send("POST", m_server.url("/mobile-api/sync/push"), pushBody(mutations, clientId),
                         bearer(m_token));
}

QJsonArray SyncUser::pushResults(const QJsonArray &mutations, const QString &clientId) {
    const HttpReply reply = push(mutations, clientId);
    if (reply.status != 200) {
        qWarning("push failed: %d %s", reply.status, reply.body.left(300).constData());
        return {};
    }
    return reply.data().toObject().value("results").toArray();
}

HttpReply SyncUser::pull(qint64 cursor, int limit) {
    QString query = QStringLiteral("/mobile-api/sync/pull?cursor=%1").arg(cursor);
    if (limit > 0)
        query += QStringLiteral("&limit=%1").arg(limit);
    return m_client.get(m_server.url(query), bearer(m_token));
}

QJsonArray SyncUser::pullAll(qint64 cursor, qint64 *endCursor) {
    QJsonArray changes;
    for (;;) {
        const HttpReply reply = pull(cursor, 500);
        if (reply.status != 200) {
            qWarning("pull failed: %d %s", reply.status, reply.body.left(300).constData());
            return {};
        }
        const QJsonObject data = reply.data().toObject();
        for (const QJsonValue &change : data.value("changes").toArray())
            changes.append(change);
        cursor = data.value("cursor").toInteger();
        if (!data.value("hasMore").toBool())
            break;
    }
    if (endCursor)
        *endCursor = cursor;
    return changes;
}

QHash<QString, QJsonObject> SyncUser::records() {
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &change : pullAll())
        byId.insert(change.toObject().value("record_id").toString(), change.toObject());
    return byId;
}

HttpReply SyncUser::exportData() {
    return m_client.get(m_server.url("/mobile-api/user/export"), bearer(m_token));
}

QByteArray RawReply::header(const QByteArray &name) const {
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    for (const QByteArray &line : bytes.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QJsonObject RawReply::json() const {
    return QJsonDocument::fromJson(body).object();
}

RawReply rawRequest(const TestServer &server, const QByteArray &method, const QString &pathAndQuery,
                    const QString &token, const QByteArray &body) {
    const QByteArray request = method + ' ' + pathAndQuery.toUtf8() +
                               " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) +
                               "\r\nAuthorization: Bearer " + token.toLatin1() +
                               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawReply reply;
    reply.bytes = rawExchange(server.port(), request, testTlsConfiguration());
    const qsizetype headerEnd = reply.bytes.indexOf("\r\n\r\n");
    if (reply.bytes.startsWith("HTTP/1.1 ") && headerEnd > 0) {
        reply.status = reply.bytes.mid(9, 3).toInt();
        reply.body = reply.bytes.mid(headerEnd + 4);
    }
    return reply;
}
