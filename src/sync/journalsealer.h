#pragma once

#include "mutation.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

class DataCipher;

// Keeps a journal entry's words (its text and any versions kept from a conflict) out of the file
// in the clear: they leave the fields and are sealed apart with the learner's data key (for a
// guest, the device's key), bound to the record and to where they are kept, so a sealed value
// copied elsewhere in the file does not open there. Other entities pass through unchanged.
class JournalSealer {
public:
    // Where the sealed words are kept; part of what they are bound to.
    enum class Place { Record, Outbox, ServerCopy };

    explicit JournalSealer(const DataCipher *cipher)
        : m_cipher(cipher) {}

    bool hasKey() const { return m_cipher != nullptr; }
    // Takes the words out of `fields` and returns them sealed: empty if there are none, nullopt if
    // they cannot be sealed (no key, or the cipher failed) — never stored in the clear instead.
    std::optional<QByteArray> seal(Entity entity, const QString &recordId, QJsonObject *fields,
                                   Place place) const;
    // `fields` with the words put back; nullopt for no key, another key or a changed byte.
    std::optional<QJsonObject> open(Entity entity, const QString &recordId, QJsonObject fields,
                                    const QByteArray &sealed, Place place) const;

private:
    const DataCipher *m_cipher;
};
