#pragma once

#include "apierror.h"

#include <QString>

// What a learner reads when a request fails, in the current UI language. Connectivity failures
// give an empty string: the offline banner already says it, and cached content is still shown.
QString errorText(const ApiError &error);
