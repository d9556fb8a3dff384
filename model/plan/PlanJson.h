#pragma once

#include "Plan.h"

#include <QJsonObject>

namespace fw {

/// The plan as the JSON object documented in the README ("plan --json" and the json export), texts in @p language.
QJsonObject planToJson(const Plan &plan, const QString &language);

} // namespace fw
