#pragma once

#include "plan/Plan.h"
#include "probe/ProbeResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace fw {

/// What an export needs besides the plan.
struct ExportContext
{
    QString language = QStringLiteral("en"); ///< "en", "de", "es": language of every text written
    QDateTime generatedAt;                   ///< written into headers; tests pin it for golden files
    QString machineName;                     ///< for the PDF checklist; empty: not shown
    QMap<QString, QString> settings;         ///< format-specific settings; keys in ExportText.h (exportsetting)
    ProbeResults checkResults;               ///< the connectivity test's results for the PDF; empty: no test ran
    QStringList appliedSummary;              ///< for the PDF: what was applied or reverted here, one line each
};

/// Why an export was refused.
struct ExportProblem
{
    QString what;   ///< translated message naming the problem and the text or value at fault
    QString ruleId; ///< the rule at fault; empty where the problem is not about one rule
    QString field;  ///< the field or setting at fault ("program", "hosts", "zone"); empty where none
};

/// The result of one export.
struct ExportResult
{
    QByteArray data;
    QList<ExportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

/// What a format is, the same for every plan: the data each exporter declares once.
struct ExportFormatInfo
{
    QString id;                ///< Exporter::id()
    QString fileExtension;     ///< Exporter::fileExtension()
    QString displayName;       ///< Exporter::displayName()
    QStringList settings = {}; ///< Exporter::settings()
    bool binary = false;       ///< Exporter::isBinary()
    int maxLineBytes = 0;      ///< Exporter::maxLineBytes()
};

/// Turns a plan into one file format (a script, a configuration file, a table).
class Exporter
{
public:
    explicit Exporter(ExportFormatInfo info) : m_info(std::move(info)) { }
    virtual ~Exporter() = default;
    /// The id used with --format ("powershell", "json", ...).
    QString id() const { return m_info.id; }
    /// The usual file name extension, without the dot.
    QString fileExtension() const { return m_info.fileExtension; }
    /// The format's own name, the same in every language ("PowerShell", "nftables").
    QString displayName() const { return m_info.displayName; }
    /// The keys of ExportContext::settings (ExportText.h, exportsetting) that change what this format writes.
    QStringList settings() const { return m_info.settings; }
    /// True for binary formats (PDF), which are never written to a terminal.
    bool isBinary() const { return m_info.binary; }
    /// The longest line written, in bytes of UTF-8, where the program that reads the file cuts longer lines; a plan
    /// that would need a longer line is refused. 0: the reader takes lines of any length.
    int maxLineBytes() const { return m_info.maxLineBytes; }
    /// A translated one-line description for the wizard's format list.
    virtual QString description() const = 0;
    /// How to use the file saved as @p fileName, translated, at most two lines; empty where there is nothing to say
    /// beyond the file's own header.
    virtual QString usageNote(const QString &fileName) const
    {
        Q_UNUSED(fileName)
        return {};
    }
    /// Renders @p plan; refuses (problems, no data) where a text or value cannot be written safely. Reentrant: the
    /// exporters hold no state, so the wizard may render on a worker thread (the PDF takes tens of milliseconds).
    virtual ExportResult render(const Plan &plan, const ExportContext &context) const = 0;

private:
    ExportFormatInfo m_info;
};

/// One file of a multi-format export: which format, the file name to save it under, and what was rendered.
struct ExportFile
{
    QString format;   ///< the exporter's id
    QString fileName; ///< exportFileName() for this format
    ExportResult result;
};

/// Every exporter, in the order of the --format list in the README.
const QList<const Exporter *> &exporters();
/// The exporter for @p id, or nullptr.
const Exporter *exporterFor(const QString &id);
/// The ids of every exporter.
QStringList exporterIds();
/// The file name to save @p exporter's output of @p plan under: "fwwizard-<product>[-<deployment>][-<version>]
/// -<role>[-<format>].<ext>", the same for every format but the extension, and the format's id where another format
/// shares that extension (firewalld and ufw: ".sh"); ids only, so always a safe file name.
QString exportFileName(const Exporter &exporter, const Plan &plan);
/// Renders @p plan in each of @p formats (exporter ids, in the order given), e.g. for saving several into one folder.
/// An unknown id yields an ExportFile whose result holds a problem. Safe to call from a worker thread.
QList<ExportFile> renderFormats(const Plan &plan, const ExportContext &context, const QStringList &formats);

} // namespace fw
