#pragma once

#include "PageBase.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace fw {

/// Page 1: what the wizard does, the language, and the choices remembered from last time.
class WelcomePage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(WelcomePage)

public:
    explicit WelcomePage(WizardState &state, QWidget *parent = nullptr);

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_lastSelection = nullptr; ///< what was chosen last time, or so far
    QPushButton *m_startAfresh = nullptr;
};

} // namespace fw
