#pragma once

#include "Exporter.h"

namespace fw {

/// The rules as a CSV table (RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs read it right),
/// one rule a row: what a network-firewall admin pastes into a change request.
class CsvExporter : public Exporter
{
public:
    CsvExporter() : Exporter({QStringLiteral("csv"), QStringLiteral("csv"), QStringLiteral("CSV")}) { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;

    /// One CSV field: quoted where needed, and with a leading apostrophe where a spreadsheet would otherwise take
    /// the text for a formula (=, +, -, @, tab, carriage return).
    static QString field(const QString &text);
};

} // namespace fw
