#include "journallistmodel.h"

#include "datetext.h"
#include "journalfields.h"
#include "journaltext.h"
#include "learnerbinding.h"
#include "recordrules.h"

#include <QDate>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>

using namespace tpn;

namespace {

const QString &kDate = journalfield::Date;
const QString &kMood = journalfield::Mood;
const QString &kText = journalfield::Text;
const QString &kTags = journalfield::Tags;
const QString &kResolve = journalfield::ResolveConflict;
const QString kConflicted = QStringLiteral("conflicted");
const QString kVersions = QStringLiteral("conflict_versions");
constexpr int kExcerptLength = 120;

QString excerpt(const QString &text) {
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    const auto first = std::find_if(lines.cbegin(), lines.cend(),
                                    [](const QString &line) { return !line.trimmed().isEmpty(); });
    const QString line = first == lines.cend() ? QString() : first->trimmed();
    if (line.size() <= kExcerptLength)
        return line;
    const qsizetype cut = line.at(kExcerptLength - 1).isHighSurrogate() ? kExcerptLength - 1 : kExcerptLength;
    return line.left(cut).trimmed() + u'…';
}

// A pending resolution already ends the conflict for the learner; the server confirms it later.
bool isConflicted(const QJsonObject &fields) {
    return fields.value(kConflicted).toBool() && !fields.value(kResolve).toBool();
}

QVariantMap versionMap(const QJsonObject &version) {
    const QDateTime savedAt = QDateTime::fromString(version.value(u"saved_at").toString(), Qt::ISODateWithMs);
    return {{QStringLiteral("text"), version.value(kText).toString()},
            {QStringLiteral("mood"), version.value(kMood).toInt()},
            {QStringLiteral("tags"), version.value(kTags).toVariant().toStringList()},
            {QStringLiteral("date"), version.value(kDate).toString()},
            {QStringLiteral("savedAt"), dateTimeText(savedAt)}};
}

} // namespace

JournalListModel::JournalListModel(QObject *parent)
    : QAbstractListModel(parent) {
    connect(&m_state, &FetchState::errorChanged, this, &JournalListModel::errorChanged);
}

int JournalListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant JournalListModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return row.recordId;
    case DateRole:
        return row.date;
    case MoodRole:
        return row.mood;
    case Qt::DisplayRole:
    case ExcerptRole:
        return row.excerpt;
    case TagsRole:
        return row.tags;
    case ConflictedRole:
        return row.conflicted;
    case ConflictCountRole:
        return row.conflictCount;
    }
    return {};
}

QHash<int, QByteArray> JournalListModel::roleNames() const {
    return {{RecordIdRole, "recordId"},
            {DateRole, "date"},
            {MoodRole, "mood"},
            {ExcerptRole, "excerpt"},
            {TagsRole, "tags"},
            {ConflictedRole, "conflicted"},
            {ConflictCountRole, "conflictCount"}};
}

void JournalListModel::setSource(LearnerRepository *source) {
    bindLearnerSource(this, m_source, source, &JournalListModel::reload);
}

LearnerRepository *JournalListModel::learner() const {
    return m_source && m_source->available() ? m_source.data() : nullptr;
}

JournalListModel::Row JournalListModel::rowFrom(const LocalRecord &record) {
    const QJsonObject &f = record.fields;
    return {record.recordId,
            f.value(kDate).toString(),
            f.value(kMood).toInt(),
            excerpt(f.value(kText).toString()),
            f.value(kTags).toVariant().toStringList(),
            isConflicted(f),
            isConflicted(f) ? static_cast<int>(f.value(kVersions).toArray().size()) : 0,
            record.updatedAt};
}

// Sync reports often (progress, counts); the list is only reset when what it shows changed, so
// the learner's scroll position survives a sync.
void JournalListModel::reload() {
    QList<Row> rows;
    if (LearnerRepository *sync = learner()) {
        const QList<LocalRecord> records = sync->records(Entity::Journal);
        for (const LocalRecord &record : records)
            rows.append(rowFrom(record));
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.recordId < b.recordId;
    });
    if (available() != (learner() != nullptr)) {
        m_available = !m_available;
        emit availableChanged();
    }
    if (rows == m_rows)
        return;
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (count() != before)
        emit countChanged();
}

bool JournalListModel::fail(const QString &error) {
    m_state.setError(error);
    return false;
}

bool JournalListModel::succeed() {
    m_state.setError({});
    return true;
}

bool JournalListModel::write(const QString &recordId, const QJsonObject &fields) {
    LearnerRepository *sync = learner();
    if (!sync)
        return fail(tr("Sign in to write in your journal."));
    if (!sync->edit(Entity::Journal, recordId, fields))
        return fail(tr("This entry could not be saved on this device."));
    return succeed();
}

bool JournalListModel::checkAndWrite(const QString &recordId, const QJsonObject &fields) {
    const auto problem = checkJournalFields(fields);
    return problem ? fail(JournalText::problem(*problem)) : write(recordId, fields);
}

QString JournalListModel::create(const QVariantMap &given) {
    const QJsonObject fields = JournalFields::fromForm(given);
    // In the server's order: what is given is checked first, then whether date and mood are there.
    std::optional<FieldProblem> problem = checkJournalFields(fields);
    if (!problem)
        problem = missingJournalField(fields);
    if (problem) {
        fail(JournalText::problem(*problem));
        return {};
    }
    const QString recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return write(recordId, newJournalFields(fields)) ? recordId : QString();
}

bool JournalListModel::update(const QString &recordId, const QVariantMap &given) {
    LearnerRepository *sync = learner();
    const auto current = sync ? sync->record(Entity::Journal, recordId) : std::nullopt;
    if (!current || current->deleted)
        return fail(sync ? tr("This entry no longer exists.") : tr("Sign in to write in your journal."));
    const QJsonObject fields = JournalFields::fromForm(given);
    if (const auto problem = checkJournalFields(fields))
        return fail(JournalText::problem(*problem));
    QJsonObject changed;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (current->fields.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed.isEmpty() ? succeed() : write(recordId, changed);
}

bool JournalListModel::remove(const QString &recordId) {
    LearnerRepository *sync = learner();
    if (!sync)
        return fail(tr("Sign in to write in your journal."));
    if (!sync->remove(Entity::Journal, recordId))
        return fail(tr("This entry could not be deleted on this device."));
    return succeed();
}

QVariantMap JournalListModel::entry(const QString &recordId) const {
    LearnerRepository *sync = learner();
    const auto record = sync ? sync->record(Entity::Journal, recordId) : std::nullopt;
    if (!record || record->deleted)
        return {};
    const QJsonObject &f = record->fields;
    QVariantList versions;
    if (isConflicted(f)) {
        for (const QJsonValue &version : f.value(kVersions).toArray())
            versions.append(versionMap(version.toObject()));
    }
    return {{QStringLiteral("recordId"), recordId},
            {kDate, f.value(kDate).toString()},
            {kMood, f.value(kMood).toInt()},
            {kText, f.value(kText).toString()},
            {kTags, f.value(kTags).toVariant().toStringList()},
            {kConflicted, isConflicted(f)},
            {QStringLiteral("conflictVersions"), versions}};
}

bool JournalListModel::keepVersion(const QString &recordId, int index) {
    LearnerRepository *sync = learner();
    const auto current = sync ? sync->record(Entity::Journal, recordId) : std::nullopt;
    if (!current || current->deleted)
        return fail(sync ? tr("This entry no longer exists.") : tr("Sign in to write in your journal."));
    const QJsonArray versions = current->fields.value(kVersions).toArray();
    if (index < 0 || index > versions.size())
        return fail(tr("This entry has changed since. Open it again to choose."));
    const QJsonObject chosen = index == 0 ? current->fields : versions.at(index - 1).toObject();
    QJsonObject fields{{kResolve, true}};
    for (const QString &key : {kText, kMood, kTags, kDate}) {
        if (chosen.contains(key))
            fields.insert(key, chosen.value(key));
    }
    return checkAndWrite(recordId, fields);
}

bool JournalListModel::resolve(const QString &recordId, const QString &mergedText) {
    LearnerRepository *sync = learner();
    const auto current = sync ? sync->record(Entity::Journal, recordId) : std::nullopt;
    if (!current || current->deleted)
        return fail(sync ? tr("This entry no longer exists.") : tr("Sign in to write in your journal."));
    const QJsonObject fields{{kText, mergedText}, {kResolve, true}};
    return checkAndWrite(recordId, fields);
}

QString JournalListModel::moodName(int mood) const {
    return JournalText::moodName(mood);
}
