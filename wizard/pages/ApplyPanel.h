#pragma once

#include <QWidget>

#include <memory>

namespace fw {

class WizardState;

/// "Apply on this computer", embedded in the Export page: the detected back end, the preview, why elevation is
/// needed, progress, the confirm-or-roll-back countdown and Undo.
class ApplyPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ApplyPanel)

public:
    explicit ApplyPanel(WizardState &state, QWidget *parent = nullptr);
    ~ApplyPanel() override;

signals:
    /// The admin asked to run the connectivity test again after an apply.
    void retestRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    WizardState &m_state;
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace fw
