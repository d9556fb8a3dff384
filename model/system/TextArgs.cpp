#include "TextArgs.h"

namespace fw {

QString withArgs(const QString &text, const QStringList &args)
{
    if (text.contains(QLatin1String("%2")))
        return text.arg(args.value(0), args.value(1));
    if (text.contains(QLatin1String("%1")))
        return text.arg(args.value(0));
    return text;
}

} // namespace fw
