#pragma once

#include <QByteArray>
#include <QString>

namespace fw {

/// Saves an export (or any file the program writes for the user) at @p path, for the command line's -o and the
/// wizard's Export page alike. Returns an empty string when every byte is on disk, else a translated reason without
/// the path (callers say which file), e.g. "No space left on device".
///
/// - The data goes to a temporary file next to @p path (QSaveFile), which is written unbuffered, so that every failed
///   write is seen, fsync'ed and then renamed over @p path. On any failure the temporary file is removed and an
///   existing file at @p path is left as it was.
/// - @p path must be a regular file or not exist: a folder, device (/dev/null), FIFO or socket is refused, never
///   replaced by a regular file (a rename would replace the device node itself).
/// - A symbolic link is followed, as QSaveFile does: the file it points to is replaced, the link stays. A link to
///   something that is not a regular file is refused as above, and a link to nothing (dangling) is refused too, so
///   that a link planted in a shared folder cannot make the program create a file elsewhere.
/// Safe to call from any thread.
QString saveFile(const QString &path, const QByteArray &data);

} // namespace fw
