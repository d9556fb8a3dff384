#include "WizardState.h"

#include "catalog/Catalog.h"

#include <QSettings>

namespace fw {

namespace {

const QString keyGroup = QStringLiteral("lastSelection");

} // namespace

WizardState::WizardState(const Catalog &catalog, QObject *parent) : QObject(parent), m_catalog(catalog) { }

const Product *WizardState::product() const
{
    return m_product.isEmpty() ? nullptr : m_catalog.product(m_product);
}

Selection WizardState::selection() const
{
    Selection s;
    s.product = m_product;
    s.version = m_version;
    s.role = m_role;
    s.deployment = m_deployment;
    const Product *p = product();
    if (!p)
        return s;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (!it.value().isEmpty())
            s.values.insert(it.key(), it.value());
    }
    s.options = m_options;
    // Options and values can depend on each other's conditions; one round of filtering settles the catalog's cases.
    QStringList options;
    for (const OptionDef *o : applicableOptions(*p, s)) {
        if (m_options.contains(o->id))
            options << o->id;
    }
    s.options = options;
    QMap<QString, QString> values;
    for (const ValueDef *v : applicableValues(*p, s)) {
        if (s.values.contains(v->id))
            values.insert(v->id, s.values.value(v->id));
    }
    s.values = values;
    return s;
}

void WizardState::setSelection(const Selection &selection)
{
    const Product *p = m_catalog.product(selection.product);
    m_restored = false;
    m_product.clear();
    m_version.clear();
    m_role.clear();
    m_deployment.clear();
    m_options.clear();
    m_values.clear();
    if (p) {
        m_product = p->id;
        m_version = p->version(selection.version) ? selection.version
                                                  : (p->versions.isEmpty() ? QString() : p->versions.last().id);
        if (p->role(selection.role))
            m_role = selection.role;
        else
            m_role = p->role(QStringLiteral("client")) ? QStringLiteral("client") : p->roles.value(0).id;
        m_deployment = p->deployment(selection.deployment) ? selection.deployment : p->deployments.value(0).id;
        for (const QString &o : selection.options) {
            if (p->option(o) && !m_options.contains(o))
                m_options << o;
        }
        for (auto it = selection.values.constBegin(); it != selection.values.constEnd(); ++it) {
            if (p->value(it.key()))
                m_values.insert(it.key(), it.value());
        }
    }
    emit selectionChanged();
}

bool WizardState::resolve(Plan &plan, SelectionProblems &problems) const
{
    return resolvePlan(m_catalog, selection(), plan, problems);
}

void WizardState::setProduct(const QString &productId)
{
    if (productId == m_product)
        return;
    Selection s;
    s.product = productId;
    setSelection(s);
}

void WizardState::setVersion(const QString &versionId)
{
    if (versionId == m_version)
        return;
    m_version = versionId;
    emit selectionChanged();
}

void WizardState::setRole(const QString &roleId)
{
    if (roleId == m_role)
        return;
    m_role = roleId;
    emit selectionChanged();
}

void WizardState::setDeployment(const QString &deploymentId)
{
    if (deploymentId == m_deployment)
        return;
    m_deployment = deploymentId;
    emit selectionChanged();
}

void WizardState::setOptionChosen(const QString &optionId, bool chosen)
{
    if (chosen == m_options.contains(optionId))
        return;
    if (chosen)
        m_options << optionId;
    else
        m_options.removeAll(optionId);
    emit selectionChanged();
}

void WizardState::setValue(const QString &valueId, const QString &text)
{
    if (m_values.value(valueId) == text)
        return;
    if (text.isEmpty())
        m_values.remove(valueId);
    else
        m_values.insert(valueId, text);
    emit selectionChanged();
}

void WizardState::setLanguage(const QString &language)
{
    if (language == m_language || !supportedLanguages().contains(language))
        return;
    m_language = language;
    emit languageChanged(language);
}

void WizardState::setCheckResults(const ProbeResults &results)
{
    m_checkResults = results;
    emit resultsChanged();
}

void WizardState::setAppliedSummary(const QStringList &summary)
{
    m_appliedSummary = summary;
    emit resultsChanged();
}

void WizardState::addSavedFile(const QString &path, const QString &format)
{
    for (const SavedFile &f : std::as_const(m_savedFiles)) {
        if (f.path == path && f.format == format)
            return;
    }
    m_savedFiles.append({path, format});
    emit resultsChanged();
}

bool WizardState::restore(const QSettings &settings)
{
    const QString prefix = keyGroup + QLatin1Char('/');
    Selection s;
    s.product = settings.value(prefix + QStringLiteral("product")).toString();
    if (!m_catalog.product(s.product))
        return false;
    s.version = settings.value(prefix + QStringLiteral("version")).toString();
    s.role = settings.value(prefix + QStringLiteral("role")).toString();
    s.deployment = settings.value(prefix + QStringLiteral("deployment")).toString();
    s.options = settings.value(prefix + QStringLiteral("options")).toStringList();
    const QVariantMap values = settings.value(prefix + QStringLiteral("values")).toMap();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        s.values.insert(it.key(), it.value().toString());
    setSelection(s);
    m_restored = true;
    emit selectionChanged();
    return true;
}

void WizardState::save(QSettings &settings) const
{
    const Selection s = selection();
    const QString prefix = keyGroup + QLatin1Char('/');
    settings.setValue(prefix + QStringLiteral("product"), s.product);
    settings.setValue(prefix + QStringLiteral("version"), s.version);
    settings.setValue(prefix + QStringLiteral("role"), s.role);
    settings.setValue(prefix + QStringLiteral("deployment"), s.deployment);
    settings.setValue(prefix + QStringLiteral("options"), s.options);
    QVariantMap values;
    for (auto it = s.values.constBegin(); it != s.values.constEnd(); ++it)
        values.insert(it.key(), it.value());
    settings.setValue(prefix + QStringLiteral("values"), values);
}

} // namespace fw
