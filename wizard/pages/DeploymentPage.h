#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

/// Page 4, only for products with deployments (timeSensor LEGAL Classic or 365): where the server runs.
class DeploymentPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(DeploymentPage)

public:
    explicit DeploymentPage(WizardState &state, QWidget *parent = nullptr);
    ~DeploymentPage() override;

    bool isComplete() const override;
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
