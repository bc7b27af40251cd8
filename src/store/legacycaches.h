#pragma once

#include <QString>
#include <QStringList>

class SqliteDatabase;

// The catalog caches of earlier versions, one per learner (`guest/cache.sqlite` and
// `users/<id>/cache.sqlite`), taken into the device's shared cache and then deleted.
namespace LegacyCaches {

// The old cache files under `dataDir`, most recently written first.
QStringList find(const QString &dataDir);

// Merges each old file into `target` and deletes it: per row the newest `updated_at` wins, and a
// saved description or lesson text is never replaced by none. Each file is first checked, migrated
// and taken out of WAL mode by SQLite itself, so deleting it leaves no -wal or -shm behind; a
// damaged one is moved aside (with its -wal and -shm) and skipped; one that cannot be checked yet
// (another process has it open) is left for the next start. Returns how many were merged.
int mergeInto(SqliteDatabase &target, const QString &dataDir);

} // namespace LegacyCaches
