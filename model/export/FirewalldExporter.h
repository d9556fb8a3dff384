#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// A shell script for firewalld: writes a service XML file (short, description, ports), adds it permanently and at
/// runtime to a zone (default: the default zone), and reads it back.
class FirewalldExporter : public Exporter
{
public:
    FirewalldExporter()
        : Exporter({QStringLiteral("firewalld"), QStringLiteral("sh"), QStringLiteral("firewalld"),
            {exportsetting::zone(), exportsetting::lan()}})
    { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

/// The service file (XML) for the inbound rules of @p plan that allow every address, as the export writes it;
/// empty where the plan has none. The apply back end installs the same file.
QByteArray firewalldServiceXml(const Plan &plan, const ExportContext &context);
/// The rich rules (the text after --add-rich-rule=) for the inbound rules of @p plan that allow only some
/// addresses, in the export's order.
QStringList firewalldRichRules(const Plan &plan, const ExportContext &context);

} // namespace fw
