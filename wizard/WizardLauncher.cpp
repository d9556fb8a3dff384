#include "WizardLauncher.h"

#include "FirewallWizard.h"
#include "catalog/Catalog.h"

#include <QApplication>
#include <QSettings>

namespace fw {

int runWizard(const Catalog &catalog, const QString &languageOverride)
{
    QSettings settings;
    FirewallWizard wizard(catalog, settings, languageOverride);
    wizard.show();
    QApplication::exec();
    return 0;
}

} // namespace fw
