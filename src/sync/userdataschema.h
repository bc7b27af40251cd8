#pragma once

#include "sqlitedatabase.h"

// The learner's own data and the queue of their unsynced edits, in one file so that a local
// change and its queued mutation commit together. Opened with Durability::Precious
// (synchronous=FULL): it may hold the only copy of days of offline work.
const QList<Migration> &userDataMigrations();
