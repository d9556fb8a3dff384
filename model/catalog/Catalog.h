#pragma once

#include "CatalogProblem.h"
#include "Product.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

/// Reads one catalog file (JSON) into a Product, reporting every problem with its place.
/// Returns true and fills @p product when there is no problem; a file with problems yields no product.
bool readProduct(const QByteArray &data, const QString &fileName, Product &product, CatalogProblems &problems);

/// All products known to the program: the built-in ones, the user's catalog folder, and any --catalog folder.
class Catalog
{
public:
    /// The built-in products only (the files under :/catalog/ compiled into the binary).
    static Catalog builtIn();
    /// The folder where an admin drops extra catalog files (QStandardPaths::AppDataLocation + "/catalog").
    static QString userCatalogDir();

    /// Loads the built-in products, then every *.json file in each of @p extraDirs (in order, each folder's files
    /// sorted by name). A file with problems is reported and skipped; it never stops the others.
    static Catalog load(const QStringList &extraDirs);

    /// Adds every *.json file of @p dir; returns false if the folder cannot be read (reported as a problem).
    bool addDirectory(const QString &dir);
    /// Adds one product from @p data; a product whose id is already known is reported and skipped.
    bool addFile(const QByteArray &data, const QString &fileName, bool builtIn = false);

    const QList<Product> &products() const { return m_products; }
    const Product *product(const QString &id) const;
    QStringList productIds() const;
    /// Every problem found while loading, in the order found.
    const CatalogProblems &problems() const { return m_problems; }

private:
    QList<Product> m_products;
    CatalogProblems m_problems;
};

} // namespace fw
