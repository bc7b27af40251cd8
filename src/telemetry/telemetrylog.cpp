#include "telemetrylog.h"

namespace tpn::telemetry {
Q_LOGGING_CATEGORY(lcTelemetry, "tpn.telemetry")
} // namespace tpn::telemetry
