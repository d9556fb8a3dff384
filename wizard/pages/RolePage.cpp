#include "RolePage.h"

#include "ChoiceGroup.h"
#include "Mnemonics.h"
#include "PageId.h"
#include "WizardState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fw {

struct RolePage::Ui
{
    QLabel *intro = nullptr;
    ChoiceGroup *roles = nullptr;
    QLabel *hint = nullptr;
};

RolePage::RolePage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::Scroll, parent)
{
    setObjectName(QStringLiteral("rolePage"));
    connect(&state, &WizardState::selectionChanged, this, [this] {
        if (isBuilt())
            refresh();
        emit completeChanged();
    });
}

RolePage::~RolePage() = default;

bool RolePage::isComplete() const
{
    const Product *product = state().product();
    return product && product->role(state().selection().role);
}

int RolePage::nextId() const
{
    const Product *product = state().product();
    return toInt(product && !product->deployments.isEmpty() ? PageId::Deployment : PageId::Options);
}

void RolePage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->intro = new QLabel(this);
    m_ui->intro->setWordWrap(true);
    layout->addWidget(m_ui->intro);
    layout->addSpacing(6);
    m_ui->roles = new ChoiceGroup(QStringLiteral("role"), this);
    m_ui->roles->setObjectName(QStringLiteral("roleChoices"));
    layout->addWidget(m_ui->roles);
    m_ui->hint = new QLabel(this);
    m_ui->hint->setObjectName(QStringLiteral("roleHint"));
    m_ui->hint->setWordWrap(true);
    layout->addWidget(m_ui->hint);
    layout->addStretch(1);
    connect(m_ui->roles, &ChoiceGroup::chosen, this, [this](const QString &id) { state().setRole(id); });
}

void RolePage::retranslateUi()
{
    setTitle(tr("Role of this computer"));
    const Product *product = state().product();
    const QString name = product ? product->name.in(language()) : QString();
    setSubTitle(tr("Is this computer the server of %1 or one of its clients? They need different rules.").arg(name));
    if (!m_ui)
        return;
    m_ui->intro->setText(tr("Choose what this computer does. Run the wizard once on the server and once for the "
                            "clients; all clients of the same kind need the same rules."));
    m_ui->hint->setText(tr("If you are not sure: most computers are clients. There is usually one server, which "
                           "the others connect to."));
}

void RolePage::refresh()
{
    if (!m_ui)
        return;
    const Product *product = state().product();
    m_ui->roles->setChoices(product ? product->roles : QList<ChoiceDef>(), language(), mnemonic::takenByButtons());
    m_ui->roles->setCurrent(state().selection().role);
    retranslateUi();
}

} // namespace fw
