#pragma once

#include "Exporter.h"

namespace fw {

/// A shell script for firewalld: writes a service XML file (short, description, ports), adds it permanently and at runtime to a zone (default: the default zone), and reads it back.
class FirewalldExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("firewalld"); }
    QString fileExtension() const override { return QStringLiteral("sh"); }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
