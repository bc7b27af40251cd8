#include "journalfields.h"

#include "recordrules.h"

#include <searchkey.h>

#include <QJsonArray>
#include <QSet>

namespace JournalFields {

namespace {

// Tags as the learner typed them: spaces around them and empty ones do not count, and tags that differ
// only by case or accent (Lekol, lekòl, LEKÒL) are one tag, spelled as first typed.
QJsonArray cleanTags(const QVariant &given) {
    QStringList tags;
    QSet<QString> keys;
    for (const QString &tag : given.toStringList()) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !keys.contains(tpn::searchKey(trimmed))) {
            keys.insert(tpn::searchKey(trimmed));
            tags.append(trimmed);
        }
    }
    return QJsonArray::fromStringList(tags);
}

} // namespace

QJsonObject fromForm(const QVariantMap &form) {
    using namespace tpn::journalfield;
    QJsonObject fields;
    if (form.contains(Date))
        fields.insert(Date, form.value(Date).toString().trimmed());
    if (form.contains(Mood))
        fields.insert(Mood, QJsonValue::fromVariant(form.value(Mood)));
    if (form.contains(Text))
        fields.insert(Text, form.value(Text).toString());
    if (form.contains(Tags))
        fields.insert(Tags, cleanTags(form.value(Tags)));
    return fields;
}

} // namespace JournalFields
