#pragma once

#include <QString>

#include <functional>

class QUrl;
class QWidget;

namespace fw::desktop {

/// Asks for a file to open (QFileDialog); empty when the user cancels.
QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
/// Opens @p url in the user's browser (QDesktopServices).
bool openUrl(const QUrl &url);

/// Tests replace the real dialog and browser, which would block or leave the test: the hook answers instead.
void setOpenFileNameHook(std::function<QString()> hook);
void setOpenUrlHook(std::function<bool(const QUrl &)> hook);

} // namespace fw::desktop
