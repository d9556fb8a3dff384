#include "CsvExporter.h"
#include "Exporter.h"
#include "JsonExporter.h"

#include <memory>
#include <vector>

namespace fw {

const QList<const Exporter *> &exporters()
{
    static const std::vector<std::unique_ptr<Exporter>> owned = [] {
        std::vector<std::unique_ptr<Exporter>> list;
        list.push_back(std::make_unique<JsonExporter>());
        list.push_back(std::make_unique<CsvExporter>());
        return list;
    }();
    static const QList<const Exporter *> all = [] {
        QList<const Exporter *> list;
        for (const auto &e : owned)
            list << e.get();
        return list;
    }();
    return all;
}

const Exporter *exporterFor(const QString &id)
{
    for (const Exporter *e : exporters()) {
        if (e->id() == id)
            return e;
    }
    return nullptr;
}

QStringList exporterIds()
{
    QStringList ids;
    for (const Exporter *e : exporters())
        ids << e->id();
    return ids;
}

} // namespace fw
