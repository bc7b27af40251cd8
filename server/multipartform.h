#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

namespace tpn::server {

// A multipart/form-data body (RFC 7578), as Breakpad's and Crashpad's uploaders send it: the parts by
// name. A malformed body — no boundary in the Content-Type, no closing delimiter, a part without a
// name, a name given twice — throws 400 invalid_body.
class MultipartForm {
public:
    static MultipartForm parse(const QByteArray &body, const QByteArray &contentType);

    std::optional<QByteArray> part(const QByteArray &name) const;

private:
    QHash<QByteArray, QByteArray> m_parts;
};

} // namespace tpn::server
