#include "Desktop.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
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

std::function<QString(const QString &)> &saveHook()
{
    static std::function<QString(const QString &)> hook;
    return hook;
}

std::function<QString(const QString &)> &directoryHook()
{
    static std::function<QString(const QString &)> hook;
    return hook;
}

std::function<bool(const QString &)> &questionHook()
{
    static std::function<bool(const QString &)> hook;
    return hook;
}

std::function<void(MessageKind, const QString &)> &messageHook()
{
    static std::function<void(MessageKind, const QString &)> hook;
    return hook;
}

std::function<bool(QPrinter *)> &printHook()
{
    static std::function<bool(QPrinter *)> hook;
    return hook;
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &dir)
{
    if (fileNameHook())
        return fileNameHook()();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

bool openUrl(const QUrl &url)
{
    if (urlHook())
        return urlHook()(url);
    return QDesktopServices::openUrl(url);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter)
{
    if (saveHook())
        return saveHook()(suggestedPath);
    return QFileDialog::getSaveFileName(
        parent, caption, suggestedPath, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &startDir)
{
    if (directoryHook())
        return directoryHook()(startDir);
    return QFileDialog::getExistingDirectory(parent, caption, startDir);
}

bool question(QWidget *parent, const QString &title, const QString &text)
{
    if (questionHook())
        return questionHook()(text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void message(QWidget *parent, MessageKind kind, const QString &title, const QString &text)
{
    if (messageHook()) {
        messageHook()(kind, text);
        return;
    }
    QMessageBox::Icon icon = QMessageBox::Information;
    if (kind == MessageKind::Warning)
        icon = QMessageBox::Warning;
    else if (kind == MessageKind::Critical)
        icon = QMessageBox::Critical;
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

bool printDialog(QWidget *parent, QPrinter *printer)
{
    if (printHook())
        return printHook()(printer);
    QPrintDialog dialog(printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void setOpenFileNameHook(std::function<QString()> hook)
{
    fileNameHook() = std::move(hook);
}

void setOpenUrlHook(std::function<bool(const QUrl &)> hook)
{
    urlHook() = std::move(hook);
}

void setSaveFileNameHook(std::function<QString(const QString &)> hook)
{
    saveHook() = std::move(hook);
}

void setQuestionHook(std::function<bool(const QString &)> hook)
{
    questionHook() = std::move(hook);
}

void setExistingDirectoryHook(std::function<QString(const QString &)> hook)
{
    directoryHook() = std::move(hook);
}

void setMessageHook(std::function<void(MessageKind, const QString &)> hook)
{
    messageHook() = std::move(hook);
}

void setPrintDialogHook(std::function<bool(QPrinter *)> hook)
{
    printHook() = std::move(hook);
}

} // namespace fw::desktop
