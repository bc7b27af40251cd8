#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace tpn {
struct FieldProblem;
}

// A task as the learner reads it: status and priority names, field labels, a replaced value, and why
// an edit breaks the server's rules. Changes when the wording does, not when the list or the rules do.
// Translated in the TaskListModel context, where these texts have always been.
class TaskText {
    Q_DECLARE_TR_FUNCTIONS(TaskListModel)

public:
    static QString status(const QString &status);
    static QString priority(const QString &priority);
    static QString dueDate(const QString &isoDate);  // dd/MM/yyyy, or empty for none
    static QString fieldLabel(const QString &field); // a server field name
    // A replaced value as the learner would have seen it in the editor.
    static QString value(const QString &field, const QJsonValue &value);
    // What to do about a broken rule, in the learner's language.
    static QString problem(const tpn::FieldProblem &problem);
};
