#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

class ApplyPanel;

/// "Export / apply": the plan as files for every common firewall (preview, copy, save, the PDF checklist) and, in
/// the ApplyPanel, applying it on this computer.
class ExportPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(ExportPage)

public:
    explicit ExportPage(WizardState &state, QWidget *parent = nullptr);
    ~ExportPage() override;

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
