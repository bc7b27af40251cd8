#include "errortext.h"

#include <QCoreApplication>

QString errorText(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::None:
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
        return {};
    case ApiError::Kind::Tls:
        return QCoreApplication::translate(
            "ErrorText", "The server's identity could not be verified, so nothing was loaded. "
                         "Check that the date and time on this device are right.");
    case ApiError::Kind::NotFound:
        return QCoreApplication::translate("ErrorText", "This content is no longer available.");
    case ApiError::Kind::Rejected:
        return QCoreApplication::translate("ErrorText", "The server could not answer this request.");
    case ApiError::Kind::Server:
        return QCoreApplication::translate("ErrorText",
                                           "The server has a problem right now. Try again later.");
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
        return QCoreApplication::translate(
            "ErrorText",
            "The server sent something the app could not read. Saved content is still available.");
    }
    return {};
}
