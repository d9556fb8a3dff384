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
    /// The system-wide catalog folder (/etc/firewall-wizard/catalog): the only one besides the built-in products
    /// that the program reads when it runs as root (see loadFor()).
    static QString systemCatalogDir();
    /// Whether @p product was loaded from the user's catalog folder (which root does not read).
    static bool fromUserFolder(const Product &product);

    /// Loads the built-in products, then every *.json file in each of @p extraDirs (in order, each folder's files
    /// sorted by name). A file with problems is reported and skipped; it never stops the others.
    static Catalog load(const QStringList &extraDirs);

    /// What the program uses: the built-in products; the system-wide folder where it exists (always read as
    /// root's own, so that the wizard and its elevated child see the same products); when not @p privileged, the
    /// user's folder where it exists; then each of @p extraDirs (--catalog; as root only root's own folders and
    /// files). @p implicitProblems gets the number of problems, at the start of problems(), of the system and user
    /// folders (warnings); the rest are the extra folders' (bad input).
    static Catalog loadFor(bool privileged, const QStringList &extraDirs, qsizetype *implicitProblems);

    /// Adds every *.json file of @p dir; returns false if the folder cannot be read (reported as a problem). A file
    /// that is not a regular file of at most 1 MiB (inputfile::kCatalogFileCap) is reported and skipped. With
    /// @p rootOnly the folder and each file must be owned by root and not writable by group or others (files are
    /// read without following symbolic links); otherwise the folder or the file is reported and not read.
    bool addDirectory(const QString &dir, bool rootOnly = false);
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
