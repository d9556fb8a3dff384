#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

/// Page 1: what the wizard does, the language, and the choices remembered from last time.
class WelcomePage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(WelcomePage)

public:
    explicit WelcomePage(WizardState &state, QWidget *parent = nullptr);
    ~WelcomePage() override;

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace fw
