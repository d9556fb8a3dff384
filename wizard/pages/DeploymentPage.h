#pragma once

#include "ChoiceGroup.h"

namespace fw {

/// Page 4, only for products with deployments (timeSensor LEGAL Classic or 365): where the server runs. Options next.
class DeploymentPage : public ChoicePage
{
    Q_OBJECT
    Q_DISABLE_COPY(DeploymentPage)

public:
    explicit DeploymentPage(WizardState &state, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
};

} // namespace fw
