#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

/// Page 3: whether this computer is the product's server or a client, each explained for the product.
class RolePage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(RolePage)

public:
    explicit RolePage(WizardState &state, QWidget *parent = nullptr);
    ~RolePage() override;

    bool isComplete() const override;
    /// The Deployment page where the product has deployments, else Options.
    int nextId() const override;

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace fw
