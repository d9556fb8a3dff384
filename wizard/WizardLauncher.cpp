#include "WizardLauncher.h"

#include "catalog/Catalog.h"

#include <QApplication>
#include <QLabel>

namespace fw {

// Placeholder until the wizard lands (issue 3): shows the catalog's products.
int runWizard(const Catalog &catalog, const QString &languageOverride)
{
    Q_UNUSED(languageOverride);
    QLabel label(catalog.productIds().join(QLatin1Char('\n')));
    label.show();
    return QApplication::exec();
}

} // namespace fw
