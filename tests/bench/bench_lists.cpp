// How long the Tasks and Journal screens' models take to reload a large account, against a floor
// measured in the same run: the store reading (and, for the journal, opening) the same records,
// which any view of them must do. Reported, not asserted (docs/performance.md).
#include "datacipher.h"
#include "journallistmodel.h"
#include "offlinelearner.h"
#include "tasklistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kRecords = 2000;
constexpr int kRuns = 7;

double medianMs(const std::function<void()> &work) {
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(kRuns / 2);
}

QString id() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const DataCipher cipher(DataCipher::generateKey());
    OfflineLearner learner(&cipher);
    if (!learner.opened) {
        std::fprintf(stderr, "cannot open the learner's store\n");
        return 1;
    }
    LearnerSync &sync = learner.sync;
    const QString words =
        QStringLiteral("Jodi a mwen te aprann kijan pou m fè konpòs pou jaden an. ").repeated(8);
    for (int i = 0; i < kRecords; ++i) {
        const QString date = QDate(2026, 1, 1).addDays(i % 300).toString(Qt::ISODate);
        sync.store().edit(Entity::Task, id(),
                          {{QStringLiteral("title"), QStringLiteral("Travay %1").arg(i)},
                           {QStringLiteral("status"), QStringLiteral("todo")},
                           {QStringLiteral("priority"), QStringLiteral("medium")},
                           {QStringLiteral("due_date"), date}});
        sync.store().edit(Entity::Journal, id(),
                          {{QStringLiteral("date"), date},
                           {QStringLiteral("mood"), 1 + i % 5},
                           {QStringLiteral("text"), words}});
    }
    TaskListModel tasks;
    tasks.setSource(&learner.data);
    JournalListModel journal;
    journal.setSource(&learner.data);
    if (tasks.count() != kRecords || journal.count() != kRecords) {
        std::fprintf(stderr, "expected %d of each, have %d tasks and %d entries\n", kRecords, tasks.count(),
                     journal.count());
        return 1;
    }

    const double readTasks = medianMs([&] { (void)sync.store().records(Entity::Task); });
    const double readJournal = medianMs([&] { (void)sync.store().records(Entity::Journal); });
    // What every step of a sync (and every edit) costs the open screens: Sync says "changed".
    const double changed = medianMs([&] { emit sync.changed(); });
    // A sync's progress steps (one per batch or page) update the status alone.
    const double step = medianMs([&] { emit sync.engine().progress(1, 10, 0); });

    std::printf("Lists of %d tasks and %d journal entries (%d words each), median of %d runs\n\n", kRecords,
                kRecords, int(words.split(u' ', Qt::SkipEmptyParts).size()), kRuns);
    std::printf("| | floor: the store reads them | ratio |\n|---|---|---|\n");
    std::printf("| tasks read | %.1f ms | |\n", readTasks);
    std::printf("| journal read and opened | %.1f ms | |\n", readJournal);
    std::printf("| one \"changed\" with both lists and the Sync status bound | %.1f ms | %.2f |\n", changed,
                changed / (readTasks + readJournal));
    std::printf("| one progress step of a sync, same screens open | %.2f ms | %.3f |\n", step,
                step / (readTasks + readJournal));
    return 0;
}
