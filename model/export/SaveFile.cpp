#include "SaveFile.h"

#include "system/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::SaveFile)
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString saveFile(const QString &path, const QByteArray &data)
{
    if (path.isEmpty())
        return Tr::tr("no file name given");
    const QFileInfo info(path); // exists(), isDir() and isFile() follow symbolic links
    if (info.isSymLink() && !info.exists())
        return Tr::tr("%1 is a symbolic link to %2, which does not exist")
            .arg(native(path), native(info.symLinkTarget()));
    if (info.isDir())
        return Tr::tr("%1 is a folder").arg(native(path));
    if (info.exists() && !info.isFile())
        return Tr::tr("%1 is not a regular file (a device, pipe or socket); it is never replaced, choose a file")
            .arg(native(path));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return Tr::tr("the folder %1 does not exist").arg(native(folder.filePath()));
    if (!folder.isDir())
        return Tr::tr("%1 is a file, not a folder").arg(native(folder.filePath()));

    QSaveFile file(path);
    // Unbuffered: QSaveFile notices a failed write only in write() itself; a write that fails while the buffer is
    // flushed on commit() (a full disk) would otherwise go unnoticed and leave an empty file in place.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0) {
            const QString error = file.errorString();
            file.cancelWriting();
            return error;
        }
        done += n;
    }
    if (!file.flush()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    // commit() fsyncs the temporary file, renames it over the target, and removes it on any failure.
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace fw
