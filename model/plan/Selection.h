#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace fw {

/// What the admin chose: product, version, role, deployment, options and values. Ids only, never translated text.
struct Selection
{
    QString product;
    QString version;    ///< empty where the product has no versions
    QString role;       ///< "server" or "client"
    QString deployment; ///< empty where the product has no deployments
    QStringList options;
    QMap<QString, QString> values; ///< value id -> what the admin entered (no entry: not entered)

    bool operator==(const Selection &o) const
    {
        return product == o.product && version == o.version && role == o.role && deployment == o.deployment
            && options == o.options && values == o.values;
    }
    bool operator!=(const Selection &o) const { return !(*this == o); }
};

} // namespace fw
