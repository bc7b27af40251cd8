#pragma once

// Helpers shared by the sync tests (tst_server_sync_*.cpp): accounts, mutations, push and pull against
// the real server, and raw exchanges for the fault tests.

#include "apiclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

QString newUuid(); // lower-case, with hyphens, as clients make them

// Mutations as a client writes them; the mutation_id is fresh unless given.
QJsonObject upsert(const QString &entity, const QString &recordId, qint64 baseVersion,
                   const QJsonObject &fields, const QString &mutationId = newUuid());
QJsonObject removal(const QString &entity, const QString &recordId, qint64 baseVersion,
                    const QString &mutationId = newUuid());
QByteArray pushBody(const QJsonArray &mutations, const QString &clientId = QStringLiteral("device-a"));

HeaderList bearer(const QString &token);

// A signed-in user of a TestServer and the sync requests made as them.
class SyncUser {
public:
    SyncUser(TestServer &server, ApiClient &client);

    bool isValid() const { return !m_token.isEmpty(); }
    const QString &token() const { return m_token; }
    const QString &id() const { return m_id; }
    const QString &email() const { return m_email; }

    HttpReply push(const QJsonArray &mutations, const QString &clientId = QStringLiteral("device-a"));
    // The results of a push that must succeed; empty when it did not.
    QJsonArray pushResults(const QJsonArray &mutations, const QString &clientId = QStringLiteral("device-a"));
    QJsonObject pushOne(const QJsonObject &mutation, const QString &clientId = QStringLiteral("device-a")) {
        return pushResults({mutation}, clientId).at(0).toObject();
    }
    HttpReply pull(qint64 cursor, int limit = 0); // limit 0: the server's default
    // Every change from cursor on, following hasMore; empty on any failure.
    QJsonArray pullAll(qint64 cursor = 0, qint64 *endCursor = nullptr);
    // The newest state of every record, by record_id.
    QHash<QString, QJsonObject> records();
    HttpReply exportData();

private:
    TestServer &m_server;
    ApiClient &m_client;
    QString m_token;
    QString m_id;
    QString m_email;
};

// A raw HTTP response as the fault tests receive it: nothing at all when the connection was dropped.
struct RawReply {
    QByteArray bytes; // everything received, headers included
    int status = 0;   // 0: no response
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};
RawReply rawRequest(const TestServer &server, const QByteArray &method, const QString &pathAndQuery,
                    const QString &token, const QByteArray &body = {});
