#pragma once

#include "ChoiceGroup.h"

namespace fw {

/// Page 3: whether this computer is the product's server or a client, each explained for the product.
class RolePage : public ChoicePage
{
    Q_OBJECT
    Q_DISABLE_COPY(RolePage)

public:
    explicit RolePage(WizardState &state, QWidget *parent = nullptr);

    /// The Deployment page where the product has deployments, else Options.
    int nextId() const override;

protected:
    void retranslateUi() override;
};

} // namespace fw
