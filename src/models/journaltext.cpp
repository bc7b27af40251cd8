#include "journaltext.h"

#include "recordrules.h"

#include <QDate>

using namespace tpn;

QString JournalText::moodName(int mood) {
    switch (mood) {
    case 1:
        return tr("Very bad");
    case 2:
        return tr("Bad");
    case 3:
        return tr("Okay");
    case 4:
        return tr("Good");
    case 5:
        return tr("Very good");
    }
    return {};
}

QString JournalText::problem(const FieldProblem &problem) {
    const QString &field = problem.field;
    if (field == journalfield::Date) {
        return tr("Write the date as year-month-day, for example %1.")
            .arg(QDate::currentDate().toString(Qt::ISODate));
    }
    if (field == journalfield::Mood)
        return tr("Choose how you felt, from 1 to 5.");
    if (field == journalfield::Text)
        return tr("This entry is too long: it can have at most %1 characters.").arg(MaximumJournalText);
    if (field == journalfield::Tags && problem.kind == FieldProblem::Kind::TooMany)
        return tr("Use at most %1 tags.").arg(MaximumJournalTags);
    if (field == journalfield::Tags)
        return tr("A tag can have at most %1 characters.").arg(MaximumTagLength);
    // Scores and resolve_conflict are never typed by the learner: a bad one is this app's mistake.
    return tr("This entry could not be saved on this device.");
}
