// Fuzzes readProduct (model/catalog/CatalogReader): catalog files from /etc/firewall-wizard/catalog are read by root.
// No crash, leak or undefined behaviour; a refused file comes with at least one problem, each with a message.
#include "FuzzCheck.h"

#include "catalog/Catalog.h"

using namespace fw;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    Product product;
    CatalogProblems problems;
    const bool ok = readProduct(fuzz::bytes(data, size), QStringLiteral("fuzz.json"), product, problems);
    FUZZ_CHECK(ok == problems.isEmpty());
    for (const CatalogProblem &p : problems)
        FUZZ_CHECK(!p.toString().isEmpty());
    if (ok) {
        // A product that loads goes into a catalog like any other.
        Catalog catalog;
        catalog.addFile(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
        FUZZ_CHECK(catalog.product(product.id) != nullptr);
    }
    return 0;
}
