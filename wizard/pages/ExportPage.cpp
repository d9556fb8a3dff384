#include "ExportPage.h"

#include "ApplyPanel.h"
#include "PageId.h"
#include "WizardState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fw {

struct ExportPage::Ui
{
    QLabel *intro = nullptr;
    ApplyPanel *apply = nullptr;
};

ExportPage::ExportPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::NoScroll, parent)
{
    setObjectName(QStringLiteral("exportPage"));
}

ExportPage::~ExportPage() = default;

int ExportPage::nextId() const
{
    return toInt(PageId::Finish);
}

void ExportPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->intro = new QLabel(this);
    m_ui->intro->setWordWrap(true);
    layout->addWidget(m_ui->intro);
    m_ui->apply = new ApplyPanel(state(), this);
    layout->addWidget(m_ui->apply);
    layout->addStretch(1);
}

void ExportPage::retranslateUi()
{
    setTitle(tr("Export or apply"));
    setSubTitle(tr("Save the rules for this or other machines, or apply them on this computer."));
}

void ExportPage::refresh() { }

} // namespace fw
