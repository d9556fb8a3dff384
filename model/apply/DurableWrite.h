#pragma once

#include <QByteArray>
#include <QString>

namespace fw {

/// Replaces @p path with @p data so that either the old file or the whole new one is there, also after a power
/// cut or on a full disk: a temporary file in the same folder, every write(2) checked, fsync of the file, close,
/// rename over @p path, fsync of the folder, then the file is read back and compared. On any failure the temporary
/// file is removed, @p path is as it was, and @p error names the file and the reason (e.g. "No space left on
/// device"). A new file gets the mode 0644, an existing one keeps its mode. Symbolic links are not followed.
bool writeFileDurably(const QString &path, const QByteArray &data, QString *error);

} // namespace fw
