#pragma once

#include "apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tpn::server {

// 400 invalid_field: "Field 'breadcrumbs[3].message' must be at most 200 characters."
ApiError invalidField(const QString &field, const QString &problem);

// The JSON object of a crash report or a timing batch (docs/telemetry.md), read strictly: a member that
// is missing (when required), of the wrong type or out of range throws invalid_field naming it by its
// path. Unknown members are ignored.
class ReportFields {
public:
    enum class Presence { Required, Optional };
    enum class Characters { Any, OneLine }; // OneLine: no line breaks, tabs or other control characters

    explicit ReportFields(QJsonObject object, QString path = {});
    // A JSON body that is an object; anything else throws 400 invalid_body.
    static ReportFields parseBody(const QByteArray &body);

    QString path(const QString &name) const;
    bool has(const QString &name) const { return m_object.contains(name); }

    // A UUID (any case), answered in lower case.
    QString uuid(const QString &name) const;
    // Optional text answers "" when absent.
    QString text(const QString &name, qsizetype maximum, Presence presence,
                 Characters characters = Characters::OneLine) const;
    // ISO 8601 with a time zone (2026-12-02T10:00:00Z), answered in UTC with seconds.
    QString timestamp(const QString &name) const;
    // A whole number in [minimum, maximum]; absent: fallback, or invalid_field when there is none.
    qint64 integer(const QString &name, qint64 minimum, qint64 maximum,
                   std::optional<qint64> fallback = std::nullopt) const;
    double number(const QString &name) const; // finite
    ReportFields object(const QString &name) const;
    // Absent: an empty array when optional.
    QJsonArray array(const QString &name, qsizetype maximum, Presence presence) const;

private:
    QJsonValue required(const QString &name) const;

    QJsonObject m_object;
    QString m_path;
};

// Replaces whatever looks like a bearer token — a run of 24 or more of [A-Za-z0-9._~+/=-] holding both
// letters and digits — with "[redacted]".
QString redactTokens(const QString &text);

} // namespace tpn::server
