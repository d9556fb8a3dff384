#pragma once

namespace fw {

/// The wizard's pages, as QWizard::setPage() and nextId() know them. Connectivity and Export are reserved for their
/// own issues and have no page yet.
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
