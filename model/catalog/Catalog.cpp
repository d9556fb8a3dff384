#include "Catalog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include "system/InputFile.h"
#include "system/Paths.h"

namespace fw {

Catalog Catalog::builtIn()
{
    Catalog catalog;
    const QDir dir(QStringLiteral(":/catalog"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            catalog.addFile(file.readAll(), file.fileName(), true);
    }
    return catalog;
}

QString Catalog::userCatalogDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog");
}

QString Catalog::systemCatalogDir()
{
    return paths::systemCatalogDir();
}

bool Catalog::fromUserFolder(const Product &product)
{
    return !product.builtIn && product.file.startsWith(userCatalogDir() + QLatin1Char('/'));
}

Catalog Catalog::load(const QStringList &extraDirs)
{
    Catalog catalog = builtIn();
    for (const QString &dir : extraDirs)
        catalog.addDirectory(dir);
    return catalog;
}

Catalog Catalog::loadFor(bool privileged, const QStringList &extraDirs, qsizetype *implicitProblems)
{
    Catalog catalog = builtIn();
    if (QDir(systemCatalogDir()).exists())
        catalog.addDirectory(systemCatalogDir(), true);
    // Root never reads a user's folder: whoever owns it could change what root applies.
    if (!privileged && QDir(userCatalogDir()).exists())
        catalog.addDirectory(userCatalogDir());
    *implicitProblems = catalog.problems().size();
    for (const QString &dir : extraDirs)
        catalog.addDirectory(dir, privileged);
    return catalog;
}

bool Catalog::addDirectory(const QString &path, bool rootOnly)
{
    if (!QDir(path).exists()) {
        CatalogProblem p;
        p.file = path;
        p.code = CatalogProblem::Code::NoSuchFolder;
        m_problems.append(p);
        return false;
    }
    QList<inputfile::FolderFile> files;
    QString error;
    if (!inputfile::readFolder(path, QStringLiteral(".json"), inputfile::kCatalogFileCap,
            rootOnly ? inputfile::Owner::Root : inputfile::Owner::Anyone, &files, &error)) {
        CatalogProblem p;
        p.file = path;
        p.code = CatalogProblem::Code::CannotReadFolder;
        p.args = QStringList {error};
        m_problems.append(p);
        return false;
    }
    for (const inputfile::FolderFile &file : std::as_const(files)) {
        if (!file.error.isEmpty()) {
            CatalogProblem p;
            p.file = file.path;
            p.code = CatalogProblem::Code::CannotRead;
            p.args = QStringList {file.error};
            m_problems.append(p);
            continue;
        }
        addFile(file.data, file.path);
    }
    return true;
}

bool Catalog::addFile(const QByteArray &data, const QString &fileName, bool isBuiltIn)
{
    Product product;
    if (!readProduct(data, fileName, product, m_problems))
        return false;
    if (const Product *existing = this->product(product.id)) {
        CatalogProblem p;
        p.file = fileName;
        p.line = product.idPosition.line;
        p.column = product.idPosition.column;
        p.path = QStringLiteral("id");
        p.code = CatalogProblem::Code::DuplicateProduct;
        p.args = QStringList {product.id, existing->file};
        m_problems.append(p);
        return false;
    }
    product.builtIn = isBuiltIn;
    m_products.append(std::move(product));
    return true;
}

const Product *Catalog::product(const QString &id) const
{
    for (const Product &p : m_products) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList Catalog::productIds() const
{
    QStringList ids;
    for (const Product &p : m_products)
        ids << p.id;
    return ids;
}

} // namespace fw
