#pragma once

#include <QString>

namespace tpn::server {

struct OperatorReport;

// The operator's report as one self-contained HTML page: inline CSS and SVG charts, no script, no font
// or image to fetch, readable at 1280 px. Every text from a report is escaped.
QString reportToHtml(const OperatorReport &report);

} // namespace tpn::server
