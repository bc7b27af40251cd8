#include "crashreport.h"

#include "multipartform.h"
#include "reportfields.h"

namespace tpn::server {

namespace {

using Presence = ReportFields::Presence;
using Characters = ReportFields::Characters;

QJsonArray parseBreadcrumbs(const ReportFields &fields) {
    const QJsonArray input =
        fields.array(QStringLiteral("breadcrumbs"), MaximumBreadcrumbs, Presence::Optional);
    QJsonArray breadcrumbs;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QString path = QStringLiteral("breadcrumbs[%1]").arg(i);
        if (!input.at(i).isObject())
            throw invalidField(path, QStringLiteral("must be an object"));
        const ReportFields crumb(input.at(i).toObject(), path);
        breadcrumbs.append(
            QJsonObject{{QStringLiteral("at"), crumb.timestamp(QStringLiteral("at"))},
                        {QStringLiteral("category"),
                         redactTokens(crumb.text(QStringLiteral("category"), MaximumBreadcrumbCharacters,
                                                 Presence::Required))},
                        {QStringLiteral("message"),
                         redactTokens(crumb.text(QStringLiteral("message"), MaximumBreadcrumbCharacters,
                                                 Presence::Required))}});
    }
    return breadcrumbs;
}

// The dump itself: at most 3 MiB, and a minidump (Breakpad's files start with "MDMP").
QByteArray checkedMinidump(const QByteArray &dump, const QString &field) {
    if (dump.isEmpty())
        throw invalidField(field, QStringLiteral("must not be empty"));
    if (dump.size() > MaximumMinidumpBytes)
        throw invalidField(field, QStringLiteral("must be at most %1 bytes").arg(MaximumMinidumpBytes));
    if (!dump.startsWith("MDMP"))
        throw invalidField(field, QStringLiteral("must be a minidump (starting with MDMP)"));
    return dump;
}

QByteArray base64Minidump(const ReportFields &fields) {
    const QString text = fields.text(QStringLiteral("minidump"), MaximumCrashReportBytes, Presence::Required);
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.size() % 4 != 0)
        throw invalidField(QStringLiteral("minidump"), QStringLiteral("must be base64"));
    return checkedMinidump(*decoded, QStringLiteral("minidump"));
}

CrashReport parseMetadata(const ReportFields &fields, const std::optional<QByteArray> &minidumpPart) {
    CrashReport report;
    report.id = fields.uuid(QStringLiteral("id"));
    report.kind = fields.text(QStringLiteral("kind"), 16, Presence::Required);
    if (report.kind != u"crash" && report.kind != u"error")
        throw invalidField(QStringLiteral("kind"), QStringLiteral("must be crash or error"));
    report.createdAt = fields.timestamp(QStringLiteral("created_at"));
    report.source = parseReportSource(fields);
    report.screen = redactTokens(fields.text(QStringLiteral("screen"), 200, Presence::Optional));
    report.reason = redactTokens(fields.text(QStringLiteral("reason"), 200, Presence::Optional));
    report.message = redactTokens(fields.text(QStringLiteral("message"), MaximumMessageCharacters,
                                              Presence::Optional, Characters::Any));
    report.count = fields.integer(QStringLiteral("count"), 1, 1'000'000'000, 1);
    report.breadcrumbs = parseBreadcrumbs(fields);

    const bool inBody = fields.has(QStringLiteral("minidump"));
    if (report.kind == u"error") {
        if (inBody || minidumpPart)
            throw invalidField(QStringLiteral("minidump"), QStringLiteral("must be absent for an error"));
        if (report.message.trimmed().isEmpty())
            throw invalidField(QStringLiteral("message"), QStringLiteral("is required for an error"));
        return report;
    }
    if (minidumpPart) {
        if (inBody)
            throw invalidField(QStringLiteral("minidump"),
                               QStringLiteral("must come once, as the part only"));
        report.minidump = checkedMinidump(*minidumpPart, QStringLiteral("minidump"));
    } else if (!inBody) {
        throw invalidField(QStringLiteral("minidump"), QStringLiteral("is required for a crash"));
    } else {
        report.minidump = base64Minidump(fields);
    }
    return report;
}

} // namespace

CrashReport parseCrashReport(const QByteArray &body, const QByteArray &contentType) {
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return parseMetadata(ReportFields::parseBody(body), std::nullopt);
    const MultipartForm form = MultipartForm::parse(body, contentType);
    const std::optional<QByteArray> metadata = form.part("metadata");
    if (!metadata)
        throw invalidField(QStringLiteral("metadata"), QStringLiteral("is missing (a multipart part)"));
    return parseMetadata(ReportFields::parseBody(*metadata), form.part("minidump"));
}

} // namespace tpn::server
