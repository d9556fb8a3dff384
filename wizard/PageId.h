#pragma once

namespace fw {

/// The wizard's pages, as QWizard::setPage() and nextId() know them, in the order they are shown: QWizardPage's own
/// nextId() goes on to the next of these, so only a page that skips one (RolePage) overrides it.
enum class PageId : int {
    Invalid = -1,
    Welcome,
    Product,
    Role,
    Deployment,
    Options,
    Review,
    Connectivity,
    Export,
    Finish,
};

/// The int QWizard uses for @p id.
constexpr int toInt(PageId id)
{
    return static_cast<int>(id);
}

} // namespace fw
