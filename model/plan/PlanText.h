#pragma once

#include "Plan.h"

#include <QString>

namespace fw {

/// Translated words for showing a plan to people (tables, the checklist); in the current QTranslator language.

/// "in" / "out" as a short word ("in", "ein", "entrante").
QString directionLabel(Direction direction);
/// "TCP", "UDP", "any".
QString protocolLabel(Protocol protocol);
/// The ports, or "any" translated when the list is empty.
QString portsLabel(const QList<PortRange> &ports);
/// The remote side in words: "any", "LAN", "internet", "server lic01.example.com", "the server (address not given)",
/// "service.palisade.com, service2.palisade.com".
QString remoteLabel(const PlanRule &rule);
/// "info", "advice", "gap".
QString noteKindLabel(NoteKind kind);
/// "Palisade network software 7.x, server" / "timeSensor LEGAL, 365, client", in @p language for the catalog texts.
QString planTitle(const Plan &plan, const QString &language);

} // namespace fw

namespace fw {

/// The whole plan as aligned plain text for people ("plan" on the command line, "Copy" in the wizard):
/// the title, the rules as a table, the executables, the notes and the sources.
QString planToText(const Plan &plan, const QString &language);

} // namespace fw
