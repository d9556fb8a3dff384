#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// A batch file of netsh advfirewall rules for Windows machines without PowerShell's firewall module; it deletes its
/// own named rules first, since netsh has no groups.
/// Its lines are at most 7,000 bytes of UTF-8 long (maxLineBytes(); never fewer than its characters): cmd.exe reads
/// at most 8,191 characters a line, also after expanding variables; this leaves room for a program path of 1,191
/// characters in %FWW_PROGRAM_n%. A plan that would need a longer line (thousands of remote addresses) is refused.
class NetshExporter : public Exporter
{
public:
    NetshExporter()
        : Exporter({QStringLiteral("netsh"), QStringLiteral("cmd"), QStringLiteral("netsh"),
            {exportsetting::programDir()}, false, 7000})
    { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
