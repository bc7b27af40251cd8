#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace tpn::server {

// A request the API refuses. Parameter parsing and handlers throw it; ApiServer catches it in one place
// and answers with the error envelope, so handlers read as the successful path only.
class ApiError : public std::exception {
public:
    ApiError(int status, QString code, QString message);

    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

    static ApiError invalidParameter(const QString &name, const QString &problem);
    static ApiError notFound(const QString &what);

private:
    int m_status;
    QString m_code;
    QString m_message;
    QByteArray m_what;
};

} // namespace tpn::server
