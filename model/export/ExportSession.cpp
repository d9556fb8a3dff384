#include "ExportSession.h"

#include "ExportText.h"
#include "SaveFile.h"
#include "apply/Applier.h"
#include "apply/Host.h"
#include "catalog/ValueCheck.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <chrono>
#include <future>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::ExportSession)
}

/// Whether checkExportSettings() accepts @p value for @p key alone.
bool accepted(const QString &key, const QString &value)
{
    ExportContext context;
    context.settings.insert(key, value);
    QList<ExportProblem> problems;
    return checkExportSettings(context, problems);
}

} // namespace

const QList<ExportSettingSpec> &exportSettingSpecs()
{
    static const QList<ExportSettingSpec> specs {
        {exportsetting::zone(), {}, 64},
        {exportsetting::lan(), {}, 512},
        {exportsetting::programDir(), {}, 1024},
        {exportsetting::inputPolicy(), {QString(), QStringLiteral("drop")}, 0},
        {exportsetting::pageSize(), {QString(), QStringLiteral("a4"), QStringLiteral("letter")}, 0},
    };
    return specs;
}

QStringList SavePlan::existing() const
{
    QStringList paths;
    for (const SaveTarget &t : targets) {
        if (t.exists && !t.refused)
            paths << t.path;
    }
    return paths;
}

QStringList SavePlan::refusedNames() const
{
    QStringList names;
    for (const SaveTarget &t : targets) {
        if (t.refused)
            names << ExportSession::displayName(t.format);
    }
    return names;
}

QStringList ExportSession::formats(bool binary)
{
    QStringList ids;
    for (const Exporter *e : exporters()) {
        if (binary || !e->isBinary())
            ids << e->id();
    }
    return ids;
}

QString ExportSession::displayName(const QString &format)
{
    const Exporter *exporter = exporterFor(format);
    return exporter ? exporter->displayName() : format;
}

bool ExportSession::usesSetting(const QString &format, const QString &key)
{
    const Exporter *exporter = exporterFor(format);
    return exporter && exporter->settings().contains(key);
}

QStringList ExportSession::formatsUsing(const QString &key)
{
    QStringList ids;
    for (const Exporter *e : exporters()) {
        if (e->settings().contains(key))
            ids << e->id();
    }
    return ids;
}

QString ExportSession::settingName(const QString &key)
{
    if (key == exportsetting::zone())
        return Tr::tr("firewalld zone");
    if (key == exportsetting::lan())
        return Tr::tr("LAN address ranges");
    if (key == exportsetting::programDir())
        return Tr::tr("Program folder");
    if (key == exportsetting::inputPolicy())
        return Tr::tr("nftables input policy");
    if (key == exportsetting::pageSize())
        return Tr::tr("PDF paper size");
    return key;
}

QString ExportSession::settingProblem(const QString &key, const QString &value)
{
    if (value.isEmpty() || accepted(key, value))
        return {};
    //: a setting typed wrong: %1 is the setting ("firewalld zone"), %2 the value typed, %3 what is wrong
    const QString problem = Tr::tr("%1 \"%2\": %3.");
    const QString name = settingName(key);
    if (key == exportsetting::zone())
        return problem.arg(name, value, Tr::tr("a zone name has only letters, digits, _ and -"));
    if (key == exportsetting::lan()) {
        for (const QString &range : value.split(QLatin1Char(','))) {
            if (!accepted(key, range.trimmed()))
                return problem.arg(
                    name, range.trimmed(), Tr::tr("not an address range such as 192.168.1.0/24 or fd00::/64"));
        }
    }
    if (key == exportsetting::programDir()) {
        QString detail;
        const QString why = valueReasonText(validateValue(ValueType::Path, value, &detail), value, detail);
        if (!why.isEmpty())
            return problem.arg(name, value, why);
    }
    if (key == exportsetting::inputPolicy())
        return problem.arg(name, value, Tr::tr("one of accept, drop"));
    if (key == exportsetting::pageSize())
        return problem.arg(name, value, Tr::tr("one of a4, letter"));
    return problem.arg(name, value, Tr::tr("not a valid value"));
}

QString ExportSession::formatForFirewall(BackendId backend)
{
    // nftables, firewalld and ufw each have a format of the same name; Windows Firewall takes the PowerShell script.
    if (backend == BackendId::Windows)
        return QStringLiteral("powershell");
    if (backend != BackendId::Invalid && exporterFor(backendIdString(backend)))
        return backendIdString(backend);
#if defined(Q_OS_WIN)
    return QStringLiteral("powershell");
#elif defined(Q_OS_LINUX)
    return QStringLiteral("nftables");
#else
    return QStringLiteral("json");
#endif
}

QString ExportSession::detectedFormat(Host &host)
{
    return formatForFirewall(detectFirewall(host).governing);
}

QString ExportSession::machineFormat(bool wait)
{
    static const std::shared_future<QString> format = std::async(std::launch::async, [] {
        SystemHost host;
        return detectedFormat(host);
    }).share();
    if (!wait && format.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return {};
    return format.get();
}

SaveOutcome ExportSession::renderAndSave(
    const Plan &plan, const ExportContext &context, const QString &format, const QString &path)
{
    SaveOutcome outcome {format, path, {}};
    const ExportResult result = renderFormats(plan, context, {format}).first().result;
    if (result.ok()) {
        outcome.error = saveFile(path, result.data);
        return outcome;
    }
    QStringList what;
    for (const ExportProblem &p : result.problems)
        what << p.what;
    //: why a file was not saved; %1 lists the problems
    outcome.error = Tr::tr("it cannot be written for this plan: %1").arg(what.join(QStringLiteral("; ")));
    return outcome;
}

void ExportSession::setPlan(const Plan &plan)
{
    m_plan = plan;
    m_hasPlan = true;
    m_why.clear();
    m_results.clear();
}

void ExportSession::setNoPlan(const QString &why)
{
    m_plan = Plan();
    m_hasPlan = false;
    m_why = why;
    m_results.clear();
}

void ExportSession::setLanguage(const QString &language)
{
    if (language != m_language)
        m_results.clear();
    m_language = language;
}

void ExportSession::setGeneratedAt(const QDateTime &at)
{
    if (at != m_generatedAt)
        m_results.clear();
    m_generatedAt = at;
}

void ExportSession::setRecord(
    const QString &machineName, const ProbeResults &checkResults, const QStringList &appliedSummary)
{
    m_machineName = machineName;
    m_checkResults = checkResults;
    m_appliedSummary = appliedSummary;
}

void ExportSession::setSetting(const QString &key, const QString &value)
{
    if (m_settings.contains(key) && m_settings.value(key) == value)
        return;
    m_settings.insert(key, value);
    for (const QString &format : formatsUsing(key))
        m_results.remove(format);
}

ExportContext ExportSession::contextFor(const QString &format, Scope scope) const
{
    ExportContext context;
    context.language = m_language;
    context.generatedAt = m_generatedAt;
    for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it) {
        if (scope == Scope::AsGiven || (!it.value().isEmpty() && usesSetting(format, it.key())))
            context.settings.insert(it.key(), it.value());
    }
    const Exporter *exporter = exporterFor(format);
    if (exporter && exporter->isBinary()) {
        context.machineName = m_machineName;
        context.checkResults = m_checkResults;
        context.appliedSummary = m_appliedSummary;
    }
    return context;
}

ExportResult ExportSession::render(const QString &format, Scope scope) const
{
    if (!m_hasPlan)
        return ExportResult {{}, {ExportProblem {m_why, {}, {}}}};
    return renderFormats(m_plan, contextFor(format, scope), {format}).first().result;
}

const ExportResult &ExportSession::result(const QString &format)
{
    auto it = m_results.constFind(format);
    if (it != m_results.constEnd())
        return *it;
    ExportResult result;
    // A setting typed wrong refuses the formats it belongs to, naming the setting and the value.
    const Exporter *exporter = exporterFor(format);
    for (const QString &key : exporter ? exporter->settings() : QStringList()) {
        const QString problem = settingProblem(key, m_settings.value(key));
        if (!problem.isEmpty())
            result.problems << ExportProblem {problem, {}, key};
    }
    if (result.ok())
        result = render(format, Scope::Applicable);
    return *m_results.insert(format, result);
}

QString ExportSession::fileName(const QString &format) const
{
    const Exporter *exporter = exporterFor(format);
    return exporter ? exportFileName(*exporter, m_plan) : QString();
}

QString ExportSession::usageNote(const QString &format) const
{
    const Exporter *exporter = exporterFor(format);
    return exporter ? exporter->usageNote(fileName(format)) : QString();
}

SaveTarget ExportSession::target(const QString &format, const QString &path)
{
    SaveTarget t;
    t.format = format;
    t.path = path;
    // A binary format (the PDF) takes long to render: it is rendered when it is saved (renderAndSave()).
    const Exporter *exporter = exporterFor(format);
    t.refused = !exporter || (!exporter->isBinary() && !result(format).ok());
    t.exists = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    return t;
}

QString ExportSession::folder() const
{
    if (!m_folder.isEmpty())
        return m_folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString ExportSession::suggestedPath(const QString &format) const
{
    return QDir(folder()).filePath(fileName(format));
}

SavePlan ExportSession::planSave(const QStringList &formats, const QString &folder)
{
    SavePlan plan;
    plan.folder = m_folder = folder;
    for (const QString &format : formats)
        plan.targets << target(format, QDir(folder).filePath(fileName(format)));
    return plan;
}

SavePlan ExportSession::planSaveAs(const QString &format, const QString &path)
{
    SavePlan plan;
    plan.folder = m_folder = QFileInfo(path).absolutePath();
    plan.targets << target(format, path);
    return plan;
}

QList<SaveOutcome> ExportSession::save(const SavePlan &plan)
{
    QList<SaveOutcome> outcomes;
    for (const SaveTarget &t : plan.targets) {
        if (!t.refused)
            outcomes << SaveOutcome {t.format, t.path, saveFile(t.path, result(t.format).data)};
    }
    return outcomes;
}

QString ExportSession::saveReport(const SavePlan &plan, const QList<SaveOutcome> &outcomes, bool *ok)
{
    const bool one = plan.targets.size() == 1;
    QStringList written;
    QStringList failed;
    for (const SaveOutcome &o : outcomes) {
        if (o.ok())
            written << (one ? QDir::toNativeSeparators(o.path) : QFileInfo(o.path).fileName());
        else
            //: a file not saved: %1 is the file, %2 the reason
            failed << Tr::tr("%1: %2").arg(QDir::toNativeSeparators(o.path), o.error);
    }
    QStringList lines;
    if (!written.isEmpty() && one)
        //: %1 is a format ("nftables"), %2 the file
        lines << Tr::tr("Saved: the %1 file %2").arg(displayName(plan.targets.first().format), written.first());
    else if (!written.isEmpty())
        //: %1 is a folder, %2 the names of the files saved into it
        lines << Tr::tr("Saved into %1: %2")
                     .arg(QDir::toNativeSeparators(plan.folder), written.join(QStringLiteral(", ")));
    if (!failed.isEmpty())
        lines << Tr::tr("Not saved: %1").arg(failed.join(QStringLiteral("; ")));
    const QStringList refused = plan.refusedNames();
    if (!refused.isEmpty() && one)
        lines << Tr::tr("Not saved: the %1 file cannot be written for this plan (the preview says why).")
                     .arg(refused.first());
    else if (!refused.isEmpty())
        //: %1 lists formats ("netsh, PowerShell")
        lines << Tr::tr("Not saved, because they cannot be written for this plan (select one to see why): %1")
                     .arg(refused.join(QStringLiteral(", ")));
    if (ok)
        *ok = failed.isEmpty() && refused.isEmpty() && !written.isEmpty();
    return lines.join(QLatin1Char('\n'));
}

} // namespace fw
