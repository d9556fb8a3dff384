#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

/// The last page, which closes the job: what was tested (in the Test connectivity page's words), the files saved
/// with an Open folder button for each folder, what was applied here, the next steps for the formats saved and this
/// role, what was chosen and the plan; and Print checklist.
class FinishPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(FinishPage)

public:
    explicit FinishPage(WizardState &state, QWidget *parent = nullptr);
    ~FinishPage() override;

    /// Asks for a printer and prints the checklist (the PDF checklist's content, with the test results and what
    /// was applied). Returns whether it was printed.
    bool printChecklist();

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    void showSavedFiles();
    QString nextStepsHtml() const;
    QString choicesHtml() const;

    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace fw
