#pragma once

#include "apiclient.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class TestServer;

// Shared by the tst_server_telemetry* tests (docs/telemetry.md): valid reports to start from, posting
// them, and running the server's report command.

QString newUuid();
// "MDMP" and filler: a minidump by its first bytes, which minidump_stackwalk cannot read.
QByteArray fakeMinidump(qsizetype size = 2048);

QJsonObject crashReport(const QString &device, const QByteArray &minidump,
                        const QString &version = QStringLiteral("0.1.0"));
QJsonObject errorReport(const QString &device, const QString &message);
QJsonObject metric(const QString &name, const QString &label, qint64 count, double sum, double min,
                   double max, const QJsonArray &buckets);
QJsonObject timingBatch(const QString &device, const QString &version, const QJsonArray &metrics);

// object with the member at path ("app.version", "breadcrumbs[0].message", "metrics[0].buckets[1]")
// replaced by value, or removed when value is undefined; an index one past an array's end appends.
QJsonObject withPath(const QJsonObject &object, const QString &path, const QJsonValue &value);

HttpReply postJson(ApiClient &client, const TestServer &server, const QString &path, const QJsonObject &body);
// What is wrong with a reply that should refuse `field` (400 invalid_field, "Field '<field>' …"); empty if
// nothing.
QString invalidFieldProblem(const HttpReply &reply, const QString &field);
// A multipart/form-data crash report: the part "metadata" (JSON) and, unless empty, "minidump".
HttpReply postMultipart(ApiClient &client, const TestServer &server, const QJsonObject &metadata,
                        const QByteArray &minidump);

struct CommandResult {
    int exitCode = -1; // -1: did not finish
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};
// Runs tekpounou-server with these arguments (e.g. report --data DIR --json) and waits for it.
CommandResult runServerCommand(const QStringList &arguments, int timeoutMs = 120000);
// `report --data DIR --json` plus extra, parsed; empty (and a warning) when it failed.
QJsonObject reportJson(const QString &dataDir, const QStringList &extra = {});

// Every byte of every file under dir: what someone who copies the data directory gets.
QByteArray treeBytes(const QString &dir);
