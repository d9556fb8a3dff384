#include "WizardLauncher.h"

#include "FirewallWizard.h"
#include "catalog/Catalog.h"

#include <QApplication>
#include <QSettings>

namespace fw {

int runWizard(const Catalog &catalog, const QString &languageOverride, const QString &planFile, const QString &logPath)
{
    QSettings settings;
    FirewallWizard wizard(catalog, settings, languageOverride);
    wizard.setLogFilePath(logPath);
    startWizard(wizard, planFile);
    QApplication::exec();
    return 0;
}

void startWizard(FirewallWizard &wizard, const QString &planFile)
{
    wizard.show();
    if (!planFile.isEmpty())
        wizard.openPlanFile(planFile);
}

} // namespace fw
