#include "DeploymentPage.h"

#include "WizardState.h"

namespace fw {

DeploymentPage::DeploymentPage(WizardState &state, QWidget *parent)
    : ChoicePage(state,
        {QStringLiteral("deployment"), &Product::deployments, &Selection::deployment, &WizardState::setDeployment,
            &Product::deployment, false},
        parent)
{ }

void DeploymentPage::retranslateUi()
{
    setTitle(tr("Deployment"));
    setSubTitle(tr("Where does the server of %1 run? The ports differ between the deployments.").arg(productName()));
    setTexts(tr("Choose how your firm uses the product. Your contract or your IT provider can tell you if you are "
                "not sure."));
}

} // namespace fw
