#pragma once

#include <QString>

namespace fw {

/// The program's version, as set in the top-level CMakeLists.txt.
inline QString programVersion()
{
    return QStringLiteral(FW_VERSION);
}

} // namespace fw
