#include "byterange.h"

#include <limits>
#include <optional>

namespace tpn::server {

namespace {

constexpr qint64 Huge = std::numeric_limits<qint64>::max();

// Decimal digits only, saturating at Huge; nothing for an empty or non-digit text.
std::optional<qint64> position(QByteArrayView digits) {
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value > (Huge - (c - '0')) / 10 ? Huge : value * 10 + (c - '0');
    }
    return value;
}

} // namespace

ByteRange parseRange(QByteArrayView header, qint64 size) {
    const ByteRange whole;
    header = header.trimmed();
    if (!header.startsWith("bytes="))
        return whole;
    const QByteArrayView spec = header.sliced(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(','))
        return whole;
    const std::optional<qint64> first = position(spec.first(dash).trimmed());
    const QByteArrayView lastText = spec.sliced(dash + 1).trimmed();
    const std::optional<qint64> last = position(lastText);
    if (!first) {
        // "bytes=-N": the last N bytes.
        if (!last || !lastText.size())
            return whole;
        if (*last == 0 || size == 0)
            return {ByteRange::Kind::Unsatisfiable};
        return {ByteRange::Kind::Part, size - qMin(*last, size), size - 1};
    }
    if (!lastText.isEmpty() && (!last || *last < *first))
        return whole;
    if (*first >= size)
        return {ByteRange::Kind::Unsatisfiable};
    return {ByteRange::Kind::Part, *first, last ? qMin(*last, size - 1) : size - 1};
}

} // namespace tpn::server
