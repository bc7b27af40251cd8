#include "errortext.h"

#include <QCoreApplication>

QString errorText(const ApiError &error) {
    const auto tr = [](const char *text) { return QCoreApplication::translate("ErrorText", text); };
    switch (error.kind) {
    case ApiError::Kind::None:
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
        return {};
    case ApiError::Kind::Tls:
        return tr("The server's identity could not be verified, so nothing was loaded. "
                  "Check that the date and time on this device are right.");
    case ApiError::Kind::NotFound:
        return tr("This content is no longer available.");
    case ApiError::Kind::Rejected:
        return tr("The server could not answer this request.");
    case ApiError::Kind::Server:
        return tr("The server has a problem right now. Try again later.");
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
        return tr("The server sent something the app could not read. Saved content is still available.");
    }
    return {};
}
