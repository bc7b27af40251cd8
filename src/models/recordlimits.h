#pragma once

#include <QObject>
#include <QQmlEngine>

#include "fieldrules.h"
#include "recordrules.h"

// The record field limits for QML (an editor's counter, a field's maximum), so that a screen shows
// the numbers the models and the server check rather than a copy of them.
class RecordLimits : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int taskTitle READ taskTitle CONSTANT)
    Q_PROPERTY(int taskNotes READ taskNotes CONSTANT)
    Q_PROPERTY(int journalText READ journalText CONSTANT)
    Q_PROPERTY(int journalTags READ journalTags CONSTANT)
    Q_PROPERTY(int tagLength READ tagLength CONSTANT)
    Q_PROPERTY(int search READ search CONSTANT)

public:
    using QObject::QObject;

    static int taskTitle() { return tpn::MaximumTaskTitle; }
    static int taskNotes() { return tpn::MaximumTaskNotes; }
    static int journalText() { return tpn::MaximumJournalText; }
    static int journalTags() { return tpn::MaximumJournalTags; }
    static int tagLength() { return tpn::MaximumTagLength; }
    static int search() { return tpn::MaximumSearchLength; }
};
