#pragma once

#include "sqlstatement.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tpn::server {

class Database;
struct CrashReport;
struct StackWalk;

// Crash and error reports (docs/telemetry.md, "On the server"): the metadata in server.sqlite, each
// minidump in DATA/crash-reports/<id>.dmp (owner-only), and what minidump_stackwalk made of it.
class CrashStore {
public:
    CrashStore(const Database &database, const QString &dataDir);

    bool contains(const QString &id);
    // Writes the minidump under a temporary name, renames it, then adds the row; an error's signature is
    // set at once. Throws on failure, leaving no file behind.
    void insert(const CrashReport &report, qint64 receivedAt);

    enum class Walks { NotWalked, NotWalkedOrPartial };
    // Crashes whose minidump has not been walked yet (and those whose signature lacked symbols).
    QStringList pending(Walks which);
    QString minidumpPath(const QString &id) const;
    // Stores the crashing thread's frames, the signature and the state ('symbolized', 'partial', or
    // 'unreadable' for a dump minidump_stackwalk could not read).
    void storeWalk(const QString &id, const StackWalk &walk);

private:
    QString m_directory;
    SqlStatement m_exists;
    SqlStatement m_insert;
    SqlStatement m_pending;
    SqlStatement m_pendingOrPartial;
    SqlStatement m_storeWalk;
};

} // namespace tpn::server
