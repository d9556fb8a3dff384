#pragma once

#include "ProbeResult.h"

#include <QJsonObject>

namespace fw {

/// One result as check --json prints it: host, port, protocol, status, responder, millis, advice (in the current
/// language), plus address, evidence, evidenceFrom, rule, kind, detail and concludedEarly (README, "check --json").
QJsonObject probeResultToJson(const ProbeResult &result);

} // namespace fw
