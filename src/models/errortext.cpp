#include "errortext.h"

#include "fieldrules.h"

#include <QCoreApplication>

namespace {

// A 4xx answer, by the server's error code (docs/api.md, "Errors"): what went wrong and what the learner
// can do about it.
QString rejectionText(const QString &code) {
    if (code == u"query_too_long")
        return QCoreApplication::translate("ErrorText", "This search is too long. Use at most %1 characters.")
            .arg(tpn::MaximumSearchLength);
    if (code == u"invalid_encoding")
        return QCoreApplication::translate(
            "ErrorText", "This search has characters the server cannot read. Change it and search again.");
    if (code == u"rate_limited")
        return QCoreApplication::translate("ErrorText",
                                           "Too many tries in a short time. Wait a moment, then try again.");
    if (code == u"payload_too_large" || code == u"uri_too_long" || code == u"headers_too_large")
        return QCoreApplication::translate("ErrorText", "This is more than the server takes at once.");
    if (code == u"request_timeout")
        return QCoreApplication::translate("ErrorText",
                                           "The connection was too slow for the server. Try again.");
    if (code == u"invalid_parameter" || code == u"invalid_body" || code == u"method_not_allowed" ||
        code == u"length_required")
        return QCoreApplication::translate(
            "ErrorText",
            "The server does not understand this version of the app. Update the app, then try again.");
    return QCoreApplication::translate("ErrorText", "The server could not answer this request.");
}

} // namespace

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
        return rejectionText(error.code);
    case ApiError::Kind::Server:
        if (error.code == u"busy")
            return QCoreApplication::translate("ErrorText",
                                               "The server is busy. Try again in a few seconds.");
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
