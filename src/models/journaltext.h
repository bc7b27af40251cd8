#pragma once

#include <QCoreApplication>
#include <QString>

namespace tpn {
struct FieldProblem;
}

// A journal entry as the learner reads it: mood names, and why an edit breaks the server's rules.
// Translated in the JournalListModel context, where these texts have always been.
class JournalText {
    Q_DECLARE_TR_FUNCTIONS(JournalListModel)

public:
    // From 1 "Very bad" to 5 "Very good"; empty for anything else.
    static QString moodName(int mood);
    // What to do about a broken rule, in the learner's language.
    static QString problem(const tpn::FieldProblem &problem);
};
