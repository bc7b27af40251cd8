#include "recordfields.h"

#include "record.h"
#include "syncmutation.h"
#include "userfields.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace tpn::server {

namespace {

using Rejected = MutationRejected;

bool isWholeNumber(const QJsonValue &value, double minimum, double maximum) {
    const double number = value.toDouble(std::nan(""));
    return value.isDouble() && std::trunc(number) == number && number >= minimum && number <= maximum;
}

QString text(const QJsonObject &fields, const QString &name, int maximum) {
    const QJsonValue value = fields.value(name);
    if (!value.isString() || characterCount(value.toString()) > maximum)
        throw Rejected::invalidField(
            name, QStringLiteral("must be a string of at most %1 characters").arg(maximum));
    return value.toString();
}

QString oneOf(const QJsonObject &fields, const QString &name, const QStringList &allowed) {
    const QString value = fields.value(name).toString();
    if (!allowed.contains(value)) {
        throw Rejected::invalidField(
            name, QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
    }
    return value;
}

QString date(const QJsonObject &fields, const QString &name) {
    const QString value = fields.value(name).toString();
    if (!isIsoDate(value))
        throw Rejected::invalidField(name, QStringLiteral("must be a date, YYYY-MM-DD"));
    return value;
}

// A catalog course or lesson id. Only its form is checked: the catalog may drop a course that a learner's
// offline records still name, and that must not strand their edits.
QString catalogId(const QJsonObject &fields, const QString &name) {
    const QString value = fields.value(name).toString();
    if (!isCatalogId(value))
        throw Rejected::invalidField(name, QStringLiteral("must be a catalog id (^[a-z0-9-]{1,64}$)"));
    return value;
}

// An ISO 8601 time with Z or an offset (a time without one would mean the device's local time), stored
// as UTC with milliseconds so that times compare as strings.
QString utcTime(const QJsonObject &fields, const QString &name) {
    const QDateTime time = QDateTime::fromString(fields.value(name).toString(), Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        throw Rejected::invalidField(name, QStringLiteral("must be an ISO 8601 time with Z or an offset"));
    return isoTime(time.toMSecsSinceEpoch());
}

template <typename Check>
void copyNullable(const QJsonObject &in, QJsonObject *out, const QString &name, Check check) {
    if (!in.contains(name))
        return;
    out->insert(name, in.value(name).isNull() ? QJsonValue() : QJsonValue(check(in, name)));
}

QJsonArray tags(const QJsonObject &fields) {
    const QString name = QStringLiteral("tags");
    const QJsonValue value = fields.value(name);
    const QJsonArray array = value.toArray();
    const auto badTag = [](const QJsonValue &tag) {
        return !tag.isString() || tag.toString().isEmpty() ||
               characterCount(tag.toString()) > MaximumTagLength;
    };
    if (!value.isArray() || array.size() > MaximumJournalTags ||
        std::any_of(array.begin(), array.end(), badTag)) {
        throw Rejected::invalidField(name, QStringLiteral("must be at most %1 strings of 1 to %2 characters")
                                               .arg(MaximumJournalTags)
                                               .arg(MaximumTagLength));
    }
    return array;
}

QJsonObject scores(const QJsonObject &fields) {
    const QString name = QStringLiteral("scores");
    const QJsonValue value = fields.value(name);
    const QJsonObject object = value.toObject();
    bool valid = value.isObject() && object.size() <= MaximumJournalScores;
    for (auto it = object.begin(); valid && it != object.end(); ++it) {
        valid = !it.key().isEmpty() && characterCount(it.key()) <= MaximumScoreName &&
                it.value().isDouble() && std::isfinite(it.value().toDouble());
    }
    if (!valid) {
        throw Rejected::invalidField(name, QStringLiteral("must be null or an object of at most %1 names "
                                                          "(1 to %2 characters) to numbers")
                                               .arg(MaximumJournalScores)
                                               .arg(MaximumScoreName));
    }
    return object;
}

} // namespace

QJsonObject validTaskFields(const QJsonObject &fields) {
    QJsonObject valid;
    const QString title = QStringLiteral("title");
    if (fields.contains(title)) {
        const QString value = text(fields, title, MaximumTaskTitle);
        if (value.trimmed().isEmpty() || hasControlCharacter(value))
            throw Rejected::invalidField(title,
                                         QStringLiteral("must not be blank or hold control characters"));
        valid.insert(title, value);
    }
    const QString notes = QStringLiteral("notes");
    if (fields.contains(notes))
        valid.insert(notes, text(fields, notes, MaximumTaskNotes));
    const QString status = QStringLiteral("status");
    if (fields.contains(status)) {
        valid.insert(status,
                     oneOf(fields, status,
                           {QStringLiteral("todo"), QStringLiteral("in_progress"), QStringLiteral("done")}));
    }
    const QString priority = QStringLiteral("priority");
    if (fields.contains(priority)) {
        valid.insert(priority,
                     oneOf(fields, priority,
                           {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}));
    }
    copyNullable(fields, &valid, QStringLiteral("due_date"), date);
    copyNullable(fields, &valid, QStringLiteral("course_id"), catalogId);
    return valid;
}

QJsonObject validJournalFields(const QJsonObject &fields, bool *resolveConflict) {
    QJsonObject valid;
    if (fields.contains(QStringLiteral("date")))
        valid.insert(QStringLiteral("date"), date(fields, QStringLiteral("date")));
    const QString mood = QStringLiteral("mood");
    if (fields.contains(mood)) {
        if (!isWholeNumber(fields.value(mood), 1, 5))
            throw Rejected::invalidField(mood, QStringLiteral("must be a whole number from 1 to 5"));
        valid.insert(mood, fields.value(mood).toInteger());
    }
    if (fields.contains(QStringLiteral("text")))
        valid.insert(QStringLiteral("text"), text(fields, QStringLiteral("text"), MaximumJournalText));
    if (fields.contains(QStringLiteral("tags")))
        valid.insert(QStringLiteral("tags"), tags(fields));
    copyNullable(fields, &valid, QStringLiteral("scores"),
                 [](const QJsonObject &in, const QString &) { return scores(in); });
    const QString resolve = QStringLiteral("resolve_conflict");
    if (fields.contains(resolve) && !fields.value(resolve).isBool())
        throw Rejected::invalidField(resolve, QStringLiteral("must be true or false"));
    *resolveConflict = fields.value(resolve).toBool();
    return valid;
}

QJsonObject validProgressFields(const QJsonObject &fields) {
    QJsonObject valid{{QStringLiteral("course_id"), catalogId(fields, QStringLiteral("course_id"))},
                      {QStringLiteral("lesson_id"), catalogId(fields, QStringLiteral("lesson_id"))}};
    const QString percent = QStringLiteral("percent");
    if (fields.contains(percent)) {
        if (!isWholeNumber(fields.value(percent), 0, 100))
            throw Rejected::invalidField(percent, QStringLiteral("must be a whole number from 0 to 100"));
        valid.insert(percent, fields.value(percent).toInteger());
    }
    copyNullable(fields, &valid, QStringLiteral("completed_at"), utcTime);
    const QString delta = QStringLiteral("time_spent_delta_seconds");
    if (fields.contains(delta)) {
        if (!isWholeNumber(fields.value(delta), 0, MaximumTimeSpentDelta)) {
            throw Rejected::invalidField(
                delta, QStringLiteral("must be a whole number from 0 to %1").arg(MaximumTimeSpentDelta));
        }
        valid.insert(delta, fields.value(delta).toInteger());
    }
    return valid;
}

QJsonObject newTaskFields(const QJsonObject &given) {
    if (!given.contains(QStringLiteral("title")))
        throw Rejected::missingField(QStringLiteral("title"));
    QJsonObject fields{{QStringLiteral("notes"), QString()},
                       {QStringLiteral("status"), QStringLiteral("todo")},
                       {QStringLiteral("priority"), QStringLiteral("medium")},
                       {QStringLiteral("due_date"), QJsonValue()},
                       {QStringLiteral("course_id"), QJsonValue()}};
    for (auto it = given.begin(); it != given.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

QJsonObject completeJournalFields(const QJsonObject &given) {
    for (const QString &required : {QStringLiteral("date"), QStringLiteral("mood")}) {
        if (!given.contains(required))
            throw Rejected::missingField(required);
    }
    QJsonObject fields{{QStringLiteral("text"), QString()},
                       {QStringLiteral("tags"), QJsonArray()},
                       {QStringLiteral("scores"), QJsonValue()}};
    for (auto it = given.begin(); it != given.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

} // namespace tpn::server
