#pragma once

#include <QList>
#include <QStringList>

namespace tpn::server {

// PostgreSQL's schema steps (postgresschema.cpp): step N takes schema_version from N to N + 1.
const QList<QStringList> &postgresMigrationSteps();

} // namespace tpn::server
