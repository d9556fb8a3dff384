#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// An nftables file for nft -f: its own inet table, declared, deleted and defined in one transaction, so loading it is
/// atomic and can be repeated.
class NftablesExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("nftables"); }
    QString fileExtension() const override { return QStringLiteral("nft"); }
    QString description() const override;
    QString displayName() const override { return QStringLiteral("nftables"); }
    QStringList settings() const override { return {exportsetting::lan(), exportsetting::inputPolicy()}; }
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
