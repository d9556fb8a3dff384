#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QUrl;
class QWidget;

namespace fw::desktop {

/// Asks for a file to open (QFileDialog), starting in @p dir; empty when the user cancels.
QString openFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &dir = QString());
/// Opens @p url in the user's browser (QDesktopServices).
bool openUrl(const QUrl &url);
/// Asks for a file to save to, starting at @p suggestedPath (QFileDialog, which does not ask about overwriting:
/// the caller does, with question()); empty when the user cancels.
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter);
/// Asks a yes/no question (QMessageBox); true for yes. @p text names what is at stake.
bool question(QWidget *parent, const QString &title, const QString &text);
/// Asks for an existing folder, starting at @p startDir (QFileDialog); empty when the user cancels.
QString existingDirectory(QWidget *parent, const QString &caption, const QString &startDir);
/// How serious a message() is.
enum class MessageKind { Invalid, Information, Warning, Critical };
/// Shows a message in a window-modal box without waiting for it to close (QMessageBox::open()).
void message(QWidget *parent, MessageKind kind, const QString &title, const QString &text);

/// Asks where and how to print on @p printer (QPrintDialog); false when the user cancels.
bool printDialog(QWidget *parent, QPrinter *printer);

/// Tests replace the real dialog and browser, which would block or leave the test: the hook answers instead.
void setOpenFileNameHook(std::function<QString()> hook);
void setOpenUrlHook(std::function<bool(const QUrl &)> hook);
/// Gets the suggested path and returns the chosen one (empty: cancelled).
void setSaveFileNameHook(std::function<QString(const QString &suggestedPath)> hook);
/// Gets the question's text and returns the answer.
void setQuestionHook(std::function<bool(const QString &text)> hook);
/// Gets the folder the dialog would start in and returns the chosen one (empty: cancelled).
void setExistingDirectoryHook(std::function<QString(const QString &startDir)> hook);
void setMessageHook(std::function<void(MessageKind kind, const QString &text)> hook);
/// Gets the printer to set up (e.g. to print to a PDF file) and returns whether to print.
void setPrintDialogHook(std::function<bool(QPrinter *printer)> hook);

} // namespace fw::desktop
