#pragma once

#include <QLoggingCategory>

namespace tpn::telemetry {
// Never qCCritical here: the error collector would report the telemetry's own trouble as an error.
Q_DECLARE_LOGGING_CATEGORY(lcTelemetry)
} // namespace tpn::telemetry
