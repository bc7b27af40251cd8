// Makes task edits in userdata.sqlite as fast as it can and prints "committed N" after each
// commit; the durability test kills it with SIGKILL at random moments.
#include "localstore.h"
#include "sqlitedatabase.h"
#include "userdataschema.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    SqliteDatabase database(args.at(1), SqliteDatabase::Durability::Precious);
    if (!database.open(userDataMigrations()))
        return 3;
    LocalStore store(database, nullptr);
    const int first = args.at(2).toInt();
    const int count = args.at(3).toInt();
    for (int i = first; i < first + count; ++i) {
        // Every third edit touches an earlier record again, so collapsing runs under the kills too.
        const int record = i % 3 == 0 ? i / 3 : i;
        if (!store.edit(Entity::Task, QStringLiteral("rec-%1").arg(record),
                        {{QStringLiteral("title"), QStringLiteral("edit %1").arg(i)}}))
            return 4;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
