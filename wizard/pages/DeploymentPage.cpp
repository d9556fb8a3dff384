#include "DeploymentPage.h"

#include "ChoiceGroup.h"
#include "Mnemonics.h"
#include "PageId.h"
#include "WizardState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fw {

struct DeploymentPage::Ui
{
    QLabel *intro = nullptr;
    ChoiceGroup *deployments = nullptr;
};

DeploymentPage::DeploymentPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::Scroll, parent)
{
    setObjectName(QStringLiteral("deploymentPage"));
    connect(&state, &WizardState::selectionChanged, this, [this] {
        if (isBuilt())
            refresh();
        emit completeChanged();
    });
}

DeploymentPage::~DeploymentPage() = default;

bool DeploymentPage::isComplete() const
{
    const Product *product = state().product();
    return product && product->deployment(state().selection().deployment);
}

int DeploymentPage::nextId() const
{
    return toInt(PageId::Options);
}

void DeploymentPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->intro = new QLabel(this);
    m_ui->intro->setWordWrap(true);
    layout->addWidget(m_ui->intro);
    layout->addSpacing(6);
    m_ui->deployments = new ChoiceGroup(QStringLiteral("deployment"), this);
    m_ui->deployments->setObjectName(QStringLiteral("deploymentChoices"));
    layout->addWidget(m_ui->deployments);
    layout->addStretch(1);
    connect(m_ui->deployments, &ChoiceGroup::chosen, this, [this](const QString &id) { state().setDeployment(id); });
}

void DeploymentPage::retranslateUi()
{
    setTitle(tr("Deployment"));
    const Product *product = state().product();
    const QString name = product ? product->name.in(language()) : QString();
    setSubTitle(tr("Where does the server of %1 run? The ports differ between the deployments.").arg(name));
    if (!m_ui)
        return;
    m_ui->intro->setText(tr("Choose how your firm uses the product. Your contract or your IT provider can tell you "
                            "if you are not sure."));
}

void DeploymentPage::refresh()
{
    if (!m_ui)
        return;
    const Product *product = state().product();
    m_ui->deployments->setChoices(
        product ? product->deployments : QList<ChoiceDef>(), language(), mnemonic::takenByButtons());
    m_ui->deployments->setCurrent(state().selection().deployment);
    retranslateUi();
}

} // namespace fw
