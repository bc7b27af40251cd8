#include "journalsealer.h"

#include "datacipher.h"

#include <QJsonDocument>

namespace {
// The names are in every sealed value's authenticated context: changing one makes existing files unreadable.
QByteArray context(JournalSealer::Place place, const QString &recordId) {
    const char *name = place == JournalSealer::Place::Record   ? "record"
                       : place == JournalSealer::Place::Outbox ? "outbox"
                                                               : "server";
    return QByteArray(name) + ":journal:" + recordId.toUtf8();
}
} // namespace

std::optional<QByteArray> JournalSealer::seal(Entity entity, const QString &recordId, QJsonObject *fields,
                                              Place place) const {
    if (entity != Entity::Journal)
        return QByteArray();
    QJsonObject words;
    for (const QString &key : {QStringLiteral("text"), QStringLiteral("conflict_versions")}) {
        if (fields->contains(key))
            words.insert(key, fields->take(key));
    }
    if (words.isEmpty())
        return QByteArray();
    if (!m_cipher)
        return std::nullopt;
    const QByteArray sealed =
        m_cipher->seal(QJsonDocument(words).toJson(QJsonDocument::Compact), context(place, recordId));
    if (sealed.isEmpty())
        return std::nullopt;
    return sealed;
}

std::optional<QJsonObject> JournalSealer::open(Entity entity, const QString &recordId, QJsonObject fields,
                                               const QByteArray &sealed, Place place) const {
    if (entity != Entity::Journal || sealed.isEmpty())
        return fields;
    if (!m_cipher)
        return std::nullopt;
    const auto words = m_cipher->open(sealed, context(place, recordId));
    if (!words)
        return std::nullopt;
    const QJsonObject opened = QJsonDocument::fromJson(*words).object();
    for (auto it = opened.begin(); it != opened.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}
