#pragma once

#include "catalogcontent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tpn::server {

// Typed, validated access to the fields of one JSON object in a content file. Every problem becomes a
// ContentError naming the file and the full field path ("courses[3].lessons[1].body"), which is what a
// content author needs to find the mistake.
class ContentFields {
public:
    // Throws ContentError unless value is a JSON object.
    ContentFields(const QString &file, const QJsonValue &value, const QString &path);

    [[noreturn]] void fail(QStringView field, const QString &problem) const;

    QString string(QStringView key) const;                        // present, a string, not blank
    std::optional<QString> optionalString(QStringView key) const; // absent, or as string()
    QString id(QStringView key) const;                            // see isValidId()
    QString color(QStringView key) const;                         // "#RRGGBB"
    QString language(QStringView key) const;
    int integer(QStringView key, int minimum, int maximum) const;
    QJsonArray array(QStringView key) const;
    // {"ht": "…", "fr": "…"}: supported languages only, no blank text, every language in required present.
    LocalizedText text(QStringView key, const QStringList &required) const;

private:
    QString fieldPath(QStringView key) const;

    QString m_file;
    QJsonObject m_object;
    QString m_path;
};

} // namespace tpn::server
