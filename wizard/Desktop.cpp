#include "Desktop.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QUrl>

namespace fw::desktop {

namespace {

std::function<QString()> &fileNameHook()
{
    static std::function<QString()> hook;
    return hook;
}

std::function<bool(const QUrl &)> &urlHook()
{
    static std::function<bool(const QUrl &)> hook;
    return hook;
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (fileNameHook())
        return fileNameHook()();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

bool openUrl(const QUrl &url)
{
    if (urlHook())
        return urlHook()(url);
    return QDesktopServices::openUrl(url);
}

void setOpenFileNameHook(std::function<QString()> hook)
{
    fileNameHook() = std::move(hook);
}

void setOpenUrlHook(std::function<bool(const QUrl &)> hook)
{
    urlHook() = std::move(hook);
}

} // namespace fw::desktop
