#include "ApplyPanel.h"

#include "WizardState.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace fw {

struct ApplyPanel::Ui
{
    QGroupBox *box = nullptr;
    QLabel *status = nullptr;
};

ApplyPanel::ApplyPanel(WizardState &state, QWidget *parent) : QWidget(parent), m_state(state), m_ui(new Ui)
{
    setObjectName(QStringLiteral("applyPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_ui->box = new QGroupBox(this);
    outer->addWidget(m_ui->box);
    auto *layout = new QVBoxLayout(m_ui->box);
    m_ui->status = new QLabel(m_ui->box);
    m_ui->status->setWordWrap(true);
    layout->addWidget(m_ui->status);
    retranslateUi();
}

ApplyPanel::~ApplyPanel() = default;

void ApplyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ApplyPanel::retranslateUi()
{
    m_ui->box->setTitle(tr("Apply on this computer"));
}

} // namespace fw
