#pragma once

#include "catalogtypes.h"

#include <QJsonValue>
#include <optional>

// Decoders from the mobile API's JSON into catalog values. They are strict: a missing field, a
// wrong type, an id that could not be one, or an absurd number makes the whole value invalid and
// sets *error, so a half-understood record never reaches the cache or the screen.
namespace CatalogJson {

std::optional<Category> category(const QJsonValue &json, QString *error);
std::optional<CourseSummary> courseSummary(const QJsonValue &json, QString *error);
std::optional<CourseDetail> courseDetail(const QJsonValue &json, QString *error);
std::optional<Lesson> lesson(const QJsonValue &json, QString *error);

// Decodes a JSON array of T with the given decoder; fails on the first bad element.
template <typename T, typename Decoder>
std::optional<QList<T>> list(const QJsonValue &json, Decoder decode, QString *error);

bool isValidId(const QString &id);

} // namespace CatalogJson

#include <QJsonArray>

template <typename T, typename Decoder>
std::optional<QList<T>> CatalogJson::list(const QJsonValue &json, Decoder decode, QString *error) {
    if (!json.isArray()) {
        *error = QStringLiteral("expected an array");
        return std::nullopt;
    }
    const QJsonArray array = json.toArray();
    QList<T> values;
    values.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<T> value = decode(array.at(i), error);
        if (!value) {
            *error = QStringLiteral("item %1: %2").arg(i).arg(*error);
            return std::nullopt;
        }
        values.append(std::move(*value));
    }
    return values;
}
