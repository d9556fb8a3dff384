#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// An nftables file for nft -f: its own inet table, declared, deleted and defined in one transaction, so loading it is
/// atomic and can be repeated.
class NftablesExporter : public Exporter
{
public:
    NftablesExporter()
        : Exporter({QStringLiteral("nftables"), QStringLiteral("nft"), QStringLiteral("nftables"),
            {exportsetting::lan(), exportsetting::inputPolicy()}})
    { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
