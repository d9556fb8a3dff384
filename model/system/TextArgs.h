#pragma once

#include <QString>
#include <QStringList>

namespace fw {

/// @p text with each %1 and %2 in it filled from @p args (an empty string for an argument that is missing); a text
/// without them stays as it is. For the messages of problems that keep their arguments as a list: the text (the
/// translation) says by its numbers which arguments it shows and where.
QString withArgs(const QString &text, const QStringList &args);

} // namespace fw
