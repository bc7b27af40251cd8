#include "serverlog.h"

Q_LOGGING_CATEGORY(lcServer, "tpn.server")
Q_LOGGING_CATEGORY(lcAccess, "tpn.server.access")
