#include "ConnectivityPage.h"

#include "PageId.h"
#include "WizardState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fw {

struct ConnectivityPage::Ui
{
    QLabel *intro = nullptr;
};

ConnectivityPage::ConnectivityPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::NoScroll, parent)
{
    setObjectName(QStringLiteral("connectivityPage"));
}

ConnectivityPage::~ConnectivityPage() = default;

int ConnectivityPage::nextId() const
{
    return toInt(PageId::Export);
}

void ConnectivityPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->intro = new QLabel(this);
    m_ui->intro->setWordWrap(true);
    layout->addWidget(m_ui->intro);
    layout->addStretch(1);
}

void ConnectivityPage::retranslateUi()
{
    setTitle(tr("Test connectivity"));
    setSubTitle(tr("Prove that the ports of the plan can be reached through every firewall on the way."));
}

void ConnectivityPage::refresh() { }

} // namespace fw
