#pragma once

#include "Exporter.h"
#include "apply/ApplyTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fw {

class Host;

/// One setting of the exports (a key of ExportContext::settings) and how it is entered.
struct ExportSettingSpec
{
    QString key;         ///< exportsetting::zone() ...
    QStringList choices; ///< a setting with a few values: them, the first "" (the default); empty: typed
    int maxLength = 512; ///< the longest typed value
};

/// Every setting any exporter uses, in the order the wizard shows them and the command line lists them.
const QList<ExportSettingSpec> &exportSettingSpecs();

/// One file of a save: which format goes to which path.
struct SaveTarget
{
    QString format;
    QString path;
    bool exists = false;  ///< something is at the path: saving replaces it (the caller asks first)
    bool refused = false; ///< the format cannot be written for this plan (result() says why): not saved
};

/// What saving some formats does: every file and where it goes, before anything is written.
struct SavePlan
{
    QString folder; ///< the folder the files go into
    QList<SaveTarget> targets;

    /// The paths that exist and would be replaced (of the formats that are written).
    QStringList existing() const;
    /// The formats that cannot be written, by display name.
    QStringList refusedNames() const;
};

/// What saving one file did.
struct SaveOutcome
{
    QString format;
    QString path;
    QString error; ///< translated reason without the path; empty: every byte is on disk
    bool ok() const { return error.isEmpty(); }
};

/// An export in progress, for the wizard's Export page and the command line alike: the formats and the settings
/// each uses (as the exporters declare them), the settings' values and their validation, the renderings, the file
/// names and what saving writes where. No widgets; one per page or command, but render() and the static
/// functions are reentrant.
class ExportSession
{
public:
    /// Which settings a format's context carries.
    enum class Scope {
        Applicable, ///< the set, non-empty settings that the format uses (the wizard)
        AsGiven     ///< every setting as given, empty ones too; the exporter checks them all (the command line)
    };

    /// The ids of every format; without the binary ones (the PDF) when @p binary is false.
    static QStringList formats(bool binary = true);
    /// The format's own name ("PowerShell"), or @p format where it is unknown.
    static QString displayName(const QString &format);
    /// Whether @p key changes what @p format writes.
    static bool usesSetting(const QString &format, const QString &key);
    /// The formats that use @p key, in the exporters' order.
    static QStringList formatsUsing(const QString &key);
    /// The setting's name in messages, translated ("firewalld zone").
    static QString settingName(const QString &key);
    /// Why @p value cannot be used for @p key, translated, naming the setting and the value at fault; empty when it
    /// can (an empty value always can: it means the default). The rules are checkExportSettings()'s.
    static QString settingProblem(const QString &key, const QString &value);
    /// The format for a machine whose firewall is @p backend (Invalid: none found): its own, else this system's usual.
    static QString formatForFirewall(BackendId backend);
    /// The format for @p host's firewall, by detectFirewall(), the rule the apply back ends use.
    static QString detectedFormat(Host &host);
    /// detectedFormat() of this machine, found once a process on a worker thread (it runs tools such as
    /// firewall-cmd) that the first call starts. @p wait false: an empty string while it runs.
    static QString machineFormat(bool wait = true);
    /// Renders @p format and saves it at @p path; where it cannot be written, the outcome's error lists why and
    /// nothing is saved. Reentrant: the wizard writes the PDF on a worker thread.
    static SaveOutcome renderAndSave(
        const Plan &plan, const ExportContext &context, const QString &format, const QString &path);

    /// The plan to export; drops every rendering.
    void setPlan(const Plan &plan);
    /// No plan: every format is refused with @p why.
    void setNoPlan(const QString &why);
    bool hasPlan() const { return m_hasPlan; }
    const Plan &plan() const { return m_plan; }
    /// The language of the texts written; drops every rendering.
    void setLanguage(const QString &language);
    /// The time written into the headers; drops every rendering.
    void setGeneratedAt(const QDateTime &at);
    /// What only the PDF checklist shows: the machine, the test results, what was applied here.
    void setRecord(const QString &machineName, const ProbeResults &checkResults, const QStringList &appliedSummary);
    /// Sets a setting; drops the renderings of the formats that use it.
    void setSetting(const QString &key, const QString &value);
    QString setting(const QString &key) const { return m_settings.value(key); }

    /// What @p format is rendered with: language, time, the settings of @p scope and, for the PDF, the record.
    ExportContext contextFor(const QString &format, Scope scope = Scope::Applicable) const;
    /// Renders @p format with contextFor(@p format, @p scope), uncached; an unknown format is refused.
    ExportResult render(const QString &format, Scope scope) const;
    /// The rendering of @p format for the wizard, cached until something it depends on changes: refused with
    /// settingProblem()'s messages where a setting it uses is not valid, else render(format, Applicable).
    const ExportResult &result(const QString &format);
    /// The name to save @p format under (exportFileName()); empty for an unknown format.
    QString fileName(const QString &format) const;
    /// How to use @p format's file (the exporter's usageNote() with fileName()); empty where it says nothing.
    QString usageNote(const QString &format) const;

    /// The folder to suggest: the one used last, at first the user's documents (else home) folder.
    QString folder() const;
    /// Where to suggest saving @p format: fileName() in folder().
    QString suggestedPath(const QString &format) const;
    /// Saving @p formats into @p folder, each under fileName().
    SavePlan planSave(const QStringList &formats, const QString &folder);
    /// Saving @p format as @p path. Both remember the folder.
    SavePlan planSaveAs(const QString &format, const QString &path);
    /// Writes each target of @p plan that is not refused, with result(); one outcome per file written or tried.
    QList<SaveOutcome> save(const SavePlan &plan);
    /// What saving @p plan did, in words (translated), a line each: what was saved where, what was not and why, which
    /// formats cannot be written. @p ok: every file of the plan was saved.
    static QString saveReport(const SavePlan &plan, const QList<SaveOutcome> &outcomes, bool *ok);

private:
    SaveTarget target(const QString &format, const QString &path);

    Plan m_plan;
    bool m_hasPlan = false;
    QString m_why; ///< why there is no plan
    QString m_language = QStringLiteral("en");
    QDateTime m_generatedAt;
    QString m_machineName;
    ProbeResults m_checkResults;
    QStringList m_appliedSummary;
    QMap<QString, QString> m_settings;
    QString m_folder;
    QHash<QString, ExportResult> m_results;
};

} // namespace fw
