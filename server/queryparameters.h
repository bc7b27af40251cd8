#pragma once

#include <QByteArrayView>
#include <QMultiHash>
#include <QString>

#include <optional>

namespace tpn::server {

// The decoded query string of one request. It is parsed from the raw bytes because QUrlQuery silently
// replaces bytes that are not UTF-8 with U+FFFD; here they are an error the client is told about.
// '+' is a literal plus, as QUrlQuery writes it: encode a space as %20.
class QueryParameters {
public:
    QueryParameters() = default;

    // Throws ApiError invalid_encoding when a name or value is not valid UTF-8 after percent-decoding.
    static QueryParameters parse(QByteArrayView rawQuery);

    // The value of a parameter, or nothing when it is absent. Throws invalid_parameter when it was
    // given more than once, since silently picking one would hide a client bug.
    std::optional<QString> value(const QString &name) const;

    // An integer parameter: decimal digits only, within [minimum, maximum]; fallback when absent.
    int integer(const QString &name, int fallback, int minimum, int maximum) const;

private:
    QMultiHash<QString, QString> m_values;
};

} // namespace tpn::server
