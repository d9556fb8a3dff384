#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// A shell script for ufw: writes an application profile to /etc/ufw/applications.d and runs the ufw allow commands
/// with the direction and remote side that profiles cannot carry.
class UfwExporter : public Exporter
{
public:
    UfwExporter()
        : Exporter({QStringLiteral("ufw"), QStringLiteral("sh"), QStringLiteral("ufw"), {exportsetting::lan()}})
    { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

/// The ufw application profile of @p rule: "fwwizard-<product>-<rule id>", shortened with a hash to ufw's limit of
/// 64 characters.
QString ufwProfileName(const Plan &plan, const PlanRule &rule);
/// The application profiles (INI) for the rules of @p plan that have ports, one section per rule, as the export
/// writes them to /etc/ufw/applications.d; the apply back end installs the same file.
QByteArray ufwProfiles(const Plan &plan, const ExportContext &context);

} // namespace fw
