#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

/// "Test connectivity": for a client, probes the server's ports and the outbound destinations of the plan; for a
/// server, runs the test responder. The results go into WizardState::checkResults() for the Finish page and the PDF.
class ConnectivityPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(ConnectivityPage)

public:
    explicit ConnectivityPage(WizardState &state, QWidget *parent = nullptr);
    ~ConnectivityPage() override;

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
