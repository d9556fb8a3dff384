#pragma once

#include "plan/Plan.h"
#include "plan/PlanResolver.h"
#include "plan/Selection.h"
#include "probe/ProbeResult.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace fw {

class Catalog;
struct Product;

/// What the admin has chosen so far, shared by all pages: ids and enums only, never translated text.
/// Values and options entered for the product are kept while the role or deployment changes, so that switching
/// back and forth loses nothing; selection() gives only those that apply to the current choice.
class WizardState : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(WizardState)

public:
    explicit WizardState(const Catalog &catalog, QObject *parent = nullptr);

    const Catalog &catalog() const { return m_catalog; }
    /// The chosen product, or nullptr.
    const Product *product() const;

    /// The selection as the model takes it: the options and values that apply to the chosen role, deployment and
    /// version, with empty values left out.
    Selection selection() const;
    /// Replaces the whole selection (a remembered one); ids the catalog does not know are dropped and defaults filled
    /// in.
    void setSelection(const Selection &selection);
    /// Resolves selection() into @p plan; false with @p problems when it is incomplete or invalid.
    bool resolve(Plan &plan, SelectionProblems &problems) const;

    /// Chooses a product and fills in its defaults: the newest version, the client role, the first deployment.
    void setProduct(const QString &productId);
    void setVersion(const QString &versionId);
    void setRole(const QString &roleId);
    void setDeployment(const QString &deploymentId);
    void setOptionChosen(const QString &optionId, bool chosen);
    bool isOptionChosen(const QString &optionId) const { return m_options.contains(optionId); }
    /// What the admin typed for a value, even if it is invalid or does not apply right now; empty: nothing.
    QString value(const QString &valueId) const { return m_values.value(valueId); }
    void setValue(const QString &valueId, const QString &text);

    /// "en", "de" or "es": the language of every text, ours and the catalog's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    /// Results of the connectivity test, filled in by its page; empty until a test ran.
    const ProbeResults &checkResults() const { return m_checkResults; }
    void setCheckResults(const ProbeResults &results);
    /// What apply or revert did here, one line each, for the Finish page and the PDF; empty until then.
    const QStringList &appliedSummary() const { return m_appliedSummary; }
    void setAppliedSummary(const QStringList &summary);
    /// One file the Export page saved: its full path and the format's id ("powershell", "pdf", ...).
    struct SavedFile
    {
        QString path;
        QString format;
    };
    /// Every file saved in this run, oldest first, for the Finish page; a path saved again appears once, at its place.
    const QList<SavedFile> &savedFiles() const { return m_savedFiles; }
    void addSavedFile(const QString &path, const QString &format);

    /// Reads the selection remembered from the last run; false when there is none the catalog still knows.
    bool restore(const QSettings &settings);
    /// Remembers the selection for the next run.
    void save(QSettings &settings) const;
    /// True while the selection is the one restore() read (until the next setSelection() or setProduct()).
    bool isRestored() const { return m_restored; }

signals:
    /// The product, version, role, deployment, an option or a value changed.
    void selectionChanged();
    void languageChanged(const QString &language);
    void resultsChanged();

private:
    const Catalog &m_catalog;
    QString m_product;
    QString m_version;
    QString m_role;
    QString m_deployment;
    QStringList m_options;
    QMap<QString, QString> m_values;
    QString m_language = QStringLiteral("en");
    ProbeResults m_checkResults;
    QStringList m_appliedSummary;
    QList<SavedFile> m_savedFiles;
    bool m_restored = false;
};

} // namespace fw
