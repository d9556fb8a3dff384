#pragma once

#include "plan/Plan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fw {

/// What an export needs besides the plan.
struct ExportContext
{
    QString language = QStringLiteral("en");   ///< "en", "de", "es": language of every text written
    QDateTime generatedAt;                     ///< written into headers; tests pin it for golden files
    QString machineName;                       ///< for the PDF checklist; empty: not shown
    QMap<QString, QString> settings;           ///< format-specific settings (e.g. "zone" for firewalld)
};

/// Why an export was refused.
struct ExportProblem
{
    QString what;     ///< translated message naming the problem and the text or value at fault
};

/// The result of one export.
struct ExportResult
{
    QByteArray data;
    QList<ExportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

/// Turns a plan into one file format (a script, a configuration file, a table).
class Exporter
{
public:
    virtual ~Exporter() = default;
    /// The id used with --format ("powershell", "json", ...).
    virtual QString id() const = 0;
    /// The usual file name extension, without the dot.
    virtual QString fileExtension() const = 0;
    /// A translated one-line description for the wizard's format list.
    virtual QString description() const = 0;
    /// True for binary formats (PDF), which are never written to a terminal.
    virtual bool isBinary() const { return false; }
    virtual ExportResult render(const Plan &plan, const ExportContext &context) const = 0;
};

/// Every exporter, in the order of the --format list in the README.
const QList<const Exporter *> &exporters();
/// The exporter for @p id, or nullptr.
const Exporter *exporterFor(const QString &id);
/// The ids of every exporter.
QStringList exporterIds();

} // namespace fw
