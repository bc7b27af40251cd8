#pragma once

#include "envelope.h"

#include <QString>

namespace tpn::server {

class RequestRateLimiter;

// What both report endpoints (docs/telemetry.md) answer: 201 with {"id", "duplicate": false} for a new
// id, 200 with "duplicate": true for one the server already has (and stored nothing for).
ApiResult reportReceipt(const QString &id, bool duplicate);

// Counts a valid report against its device; throws 429 rate_limited with Retry-After when the device is
// over its limit. what: the reports, for the message ("timing batches from this device").
void admitDevice(RequestRateLimiter &limiter, const QString &device, const QString &what);

} // namespace tpn::server
