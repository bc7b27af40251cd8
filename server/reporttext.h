#pragma once

#include <QString>

namespace tpn::server {

struct OperatorReport;

// The operator's report as plain text for a terminal: the groups, their top frames, the quantiles.
QString reportToText(const OperatorReport &report);

} // namespace tpn::server
