#pragma once

#include "sqlitedatabase.h"

// The catalog cache's schema history. Every step stays here forever: a device that last ran an
// old version migrates forward from wherever it is. Tests open files made at every version.
const QList<Migration> &cacheMigrations();
