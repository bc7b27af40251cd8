#include "telemetrytesting.h"

#include "testserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QUuid>
#include <QtDebug>

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray fakeMinidump(qsizetype size) {
    QByteArray dump("MDMP");
    while (dump.size() < size)
        dump.append(char(dump.size() * 7 % 251));
    return dump;
}

namespace {

QJsonObject reportSource(const QString &device, const QString &version) {
    return {{QStringLiteral("device"), device},
            {QStringLiteral("app"),
             QJsonObject{{QStringLiteral("version"), version},
                         {QStringLiteral("build_id"), QStringLiteral("1A77AEB1BE9F97DF")}}},
            {QStringLiteral("os"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")},
            {QStringLiteral("language"), QStringLiteral("ht")},
            {QStringLiteral("dropped"), 0}};
}

QJsonObject report(const QString &device, const QString &kind, const QString &version) {
    QJsonObject object = reportSource(device, version);
    object.insert(QStringLiteral("id"), newUuid());
    object.insert(QStringLiteral("kind"), kind);
    object.insert(QStringLiteral("created_at"), QStringLiteral("2026-12-02T10:00:00Z"));
    object.insert(QStringLiteral("screen"), QStringLiteral("courses"));
    object.insert(QStringLiteral("count"), 1);
    object.insert(QStringLiteral("breadcrumbs"),
                  QJsonArray{QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-12-02T09:59:58Z")},
                                         {QStringLiteral("category"), QStringLiteral("screen")},
                                         {QStringLiteral("message"), QStringLiteral("courses")}}});
    return object;
}

} // namespace

QJsonObject crashReport(const QString &device, const QByteArray &minidump, const QString &version) {
    QJsonObject object = report(device, QStringLiteral("crash"), version);
    object.insert(QStringLiteral("reason"), QStringLiteral("SIGSEGV"));
    object.insert(QStringLiteral("message"), QString());
    object.insert(QStringLiteral("minidump"), QString::fromLatin1(minidump.toBase64()));
    return object;
}

QJsonObject errorReport(const QString &device, const QString &message) {
    QJsonObject object = report(device, QStringLiteral("error"), QStringLiteral("0.1.0"));
    object.insert(QStringLiteral("message"), message);
    return object;
}

QJsonObject metric(const QString &name, const QString &label, qint64 count, double sum, double min,
                   double max, const QJsonArray &buckets) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("label"), label},
            {QStringLiteral("unit"), QStringLiteral("ms")},
            {QStringLiteral("count"), count},
            {QStringLiteral("sum"), sum},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("buckets"), buckets}};
}

QJsonObject timingBatch(const QString &device, const QString &version, const QJsonArray &metrics) {
    QJsonObject object = reportSource(device, version);
    object.insert(QStringLiteral("id"), newUuid());
    object.insert(QStringLiteral("started_at"), QStringLiteral("2026-12-02T09:00:00Z"));
    object.insert(QStringLiteral("ended_at"), QStringLiteral("2026-12-02T09:30:00Z"));
    object.insert(QStringLiteral("metrics"), metrics);
    return object;
}

namespace {

QJsonValue replaced(const QJsonValue &current, QStringView path, const QJsonValue &value) {
    static const QRegularExpression step(QStringLiteral("^(?:\\.?([a-z_]+)|\\[(\\d+)\\])"));
    const QRegularExpressionMatch match = step.match(path.toString());
    Q_ASSERT(match.hasMatch());
    const QStringView rest = path.mid(match.capturedLength());
    if (!match.captured(1).isEmpty()) {
        QJsonObject object = current.toObject();
        const QString key = match.captured(1);
        if (rest.isEmpty() && value.isUndefined())
            object.remove(key);
        else
            object.insert(key, rest.isEmpty() ? value : replaced(object.value(key), rest, value));
        return object;
    }
    QJsonArray array = current.toArray();
    const int index = match.captured(2).toInt();
    if (rest.isEmpty() && value.isUndefined())
        array.removeAt(index);
    else if (index == array.size()) // one past the end: appended
        array.append(rest.isEmpty() ? value : replaced(QJsonValue(), rest, value));
    else
        array.replace(index, rest.isEmpty() ? value : replaced(array.at(index), rest, value));
    return array;
}

} // namespace

QJsonObject withPath(const QJsonObject &object, const QString &path, const QJsonValue &value) {
    return replaced(object, path, value).toObject();
}

HttpReply postJson(ApiClient &client, const TestServer &server, const QString &path,
                   const QJsonObject &body) {
    return client.send("POST", server.url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                       {{"Content-Type", "application/json"}});
}

HttpReply postMultipart(ApiClient &client, const TestServer &server, const QJsonObject &metadata,
                        const QByteArray &minidump) {
    const QByteArray boundary = "tpn-boundary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray body = "--" + boundary +
                      "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                      "Content-Type: application/json\r\n\r\n" +
                      QJsonDocument(metadata).toJson(QJsonDocument::Compact) + "\r\n";
    if (!minidump.isEmpty()) {
        body += "--" + boundary +
                "\r\nContent-Disposition: form-data; name=\"minidump\"; filename=\"crash.dmp\"\r\n"
                "Content-Type: application/octet-stream\r\n\r\n" +
                minidump + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return client.send("POST", server.url(QStringLiteral("/mobile-api/crash-reports")), body,
                       {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
}

CommandResult runServerCommand(const QStringList &arguments, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QStringLiteral(TPN_SERVER_BINARY), arguments);
    CommandResult result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.ms = timer.elapsed();
    return result;
}

QJsonObject reportJson(const QString &dataDir, const QStringList &extra) {
    const CommandResult result = runServerCommand(
        QStringList{QStringLiteral("report"), QStringLiteral("--data"), dataDir, QStringLiteral("--json")} +
        TestServer::databaseArguments(dataDir) + extra);
    if (result.exitCode != 0) {
        qWarning().noquote() << "report failed:" << result.exitCode << result.err;
        return {};
    }
    return QJsonDocument::fromJson(result.out).object();
}

QByteArray treeBytes(const QString &dir) {
    QByteArray bytes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QString invalidFieldProblem(const HttpReply &reply, const QString &field) {
    if (reply.status != 400)
        return QStringLiteral("status %1, not 400").arg(reply.status);
    if (const QString problem = envelopeProblem(reply, false, false); !problem.isEmpty())
        return problem;
    if (reply.errorCode() != QLatin1String("invalid_field"))
        return QStringLiteral("error code %1, not invalid_field").arg(reply.errorCode());
    const QString message =
        reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    return message.startsWith(QStringLiteral("Field '%1' ").arg(field)) ? QString() : message;
}
