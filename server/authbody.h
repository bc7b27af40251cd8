#pragma once

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tpn::server {

// The JSON object the body of an account request carries. Anything else — no body, not JSON, not an
// object, a member missing or of the wrong type — throws 400 invalid_body naming what is wrong. Unknown
// members are ignored, as unknown query parameters are. The Content-Type is not checked: the body
// decides.
class RequestBody {
public:
    static RequestBody parse(const QHttpServerRequest &request);

    QString string(const QString &name) const;
    std::optional<QString> optionalString(const QString &name) const;

private:
    explicit RequestBody(QJsonObject object)
        : m_object(std::move(object)) {}

    QJsonObject m_object;
};

} // namespace tpn::server
