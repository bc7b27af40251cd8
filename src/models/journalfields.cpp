#include "journalfields.h"

#include "recordrules.h"

#include <QJsonArray>

namespace JournalFields {

namespace {

// Tags as the learner typed them: spaces around them and empty or repeated ones do not count.
QJsonArray cleanTags(const QVariant &given) {
    QStringList tags;
    for (const QString &tag : given.toStringList()) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !tags.contains(trimmed))
            tags.append(trimmed);
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
