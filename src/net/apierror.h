#pragma once

#include <QString>

// Why a call to the mobile API did not produce data. The kind decides what the app does (show
// cached data and an offline banner, retry later, report a bug); `code` and `detail` are for logs
// and tests, never shown to learners as they are (view-models translate the kind).
struct ApiError {
    enum class Kind {
        None,
        Offline,   // no route to the server: refused, unreachable, DNS, dropped
        Timeout,   // the server did not answer in time
        Tls,       // the certificate could not be verified: never bypassed
        NotFound,  // 404 with an error envelope
        Rejected,  // other 4xx: the request was wrong
        Server,    // 5xx
        Malformed, // the answer was not a valid envelope or not the expected data
        TooLarge,  // the answer exceeded the size the client accepts
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;   // the server's error code, or a client-side one such as "invalid_json"
    QString detail; // technical detail for logs; contains no secrets
    int retryAfterSeconds = 0; // from a 429 or 503 answer's Retry-After header

    bool isError() const { return kind != Kind::None; }
    // True when the server could not be reached at all, i.e. cached data is all there is.
    bool isConnectivity() const { return kind == Kind::Offline || kind == Kind::Timeout; }
};
