#include "Catalog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

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

Catalog Catalog::load(const QStringList &extraDirs)
{
    Catalog catalog = builtIn();
    for (const QString &dir : extraDirs)
        catalog.addDirectory(dir);
    return catalog;
}

bool Catalog::addDirectory(const QString &path)
{
    const QDir dir(path);
    if (!dir.exists()) {
        CatalogProblem p;
        p.file = path;
        p.code = CatalogProblem::Code::NoSuchFolder;
        m_problems.append(p);
        return false;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable | QDir::Hidden,
                                            QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            CatalogProblem p;
            p.file = file.fileName();
            p.code = CatalogProblem::Code::CannotRead;
            p.args = QStringList{file.errorString()};
            m_problems.append(p);
            continue;
        }
        addFile(file.readAll(), file.fileName());
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
        p.args = QStringList{product.id, existing->file};
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
