#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

/// The last page: a summary of what was chosen and what was done.
class FinishPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(FinishPage)

public:
    explicit FinishPage(WizardState &state, QWidget *parent = nullptr);
    ~FinishPage() override;

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
