#pragma once

#include <QLoggingCategory>

// General server messages (startup, import, failures).
Q_DECLARE_LOGGING_CATEGORY(lcServer)
// One line per request; a category of its own so it can be silenced with
// QT_LOGGING_RULES="tpn.server.access=false" without losing the rest.
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
