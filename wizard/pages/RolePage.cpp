#include "RolePage.h"

#include "PageId.h"
#include "WizardState.h"

namespace fw {

RolePage::RolePage(WizardState &state, QWidget *parent)
    : ChoicePage(state,
        {QStringLiteral("role"), &Product::roles, &Selection::role, &WizardState::setRole, &Product::role, true},
        parent)
{ }

int RolePage::nextId() const
{
    const Product *product = state().product();
    return toInt(product && !product->deployments.isEmpty() ? PageId::Deployment : PageId::Options);
}

void RolePage::retranslateUi()
{
    setTitle(tr("Role of this computer"));
    setSubTitle(
        tr("Is this computer the server of %1 or one of its clients? They need different rules.").arg(productName()));
    setTexts(tr("Choose what this computer does. Run the wizard once on the server and once for the clients; all "
                "clients of the same kind need the same rules."),
        tr("If you are not sure: most computers are clients. There is usually one server, which the others "
           "connect to."));
}

} // namespace fw
