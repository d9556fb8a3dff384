#pragma once
// Shared by the wizard tests: a FirewallWizard on the built-in catalog with its own settings file, shown offscreen,
// and small helpers that drive it the way a person does (mouse clicks on the real buttons, typed keys).
#include "Desktop.h"
#include "FirewallWizard.h"
#include "PageId.h"
#include "catalog/Catalog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fw::test {

/// Drops the offscreen platform's "This plugin does not support propagateSizeHints()", which every resize of a
/// wizard page prints and which says nothing about the program.
inline void quietOffscreenWarnings()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (message.contains(QLatin1String("propagateSizeHints")))
            return;
        if (previous)
            previous(type, context, message);
    });
}

/// What every wizard test does before its first function (initTestCase()): numbers in the C locale, and
/// quietOffscreenWarnings().
inline void prepareWizardTests()
{
    QLocale::setDefault(QLocale::c());
    quietOffscreenWarnings();
}

/// Takes back every desktop hook a test function may have set (file dialogs, URLs, questions, messages, printing), so
/// that the next function meets the real desktop calls again: every wizard test's cleanup().
inline void clearDesktopHooks()
{
    desktop::setOpenFileNameHook({});
    desktop::setOpenUrlHook({});
    desktop::setSaveFileNameHook({});
    desktop::setQuestionHook({});
    desktop::setExistingDirectoryHook({});
    desktop::setMessageHook({});
    desktop::setPrintDialogHook({});
}

class WizardHarness
{
public:
    explicit WizardHarness(const QString &language = QStringLiteral("en"), Catalog catalog = Catalog::builtIn())
        : m_catalog(std::move(catalog))
        , m_settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat))
    {
        start(language);
    }
    ~WizardHarness() { m_wizard.reset(); }

    /// Closes the wizard and opens a new one on the same settings file: the next start.
    void restart(const QString &language = QString())
    {
        m_wizard.reset();
        start(language);
    }

    FirewallWizard &wizard() { return *m_wizard; }
    QSettings &settings() { return *m_settings; }
    QString dir(const QString &name) const { return m_dir.filePath(name); }

    template<typename T>
    T *find(const QString &objectName)
    {
        return m_wizard->findChild<T *>(objectName);
    }

    PageId current() const { return static_cast<PageId>(m_wizard->currentId()); }
    QAbstractButton *button(QWizard::WizardButton which) { return m_wizard->button(which); }
    bool nextEnabled() { return button(QWizard::NextButton)->isEnabled(); }

    /// Clicks Next with the mouse, as a person does.
    void clickNext() { QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton); }
    void clickBack() { QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton); }

    /// Clicks a radio button or check box on its indicator (the middle of a wide one is outside its click area).
    static void clickIndicator(QAbstractButton *b)
    {
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(b->height() / 2, b->height() / 2));
    }

    /// Clicks the product whose id is @p productId in the product list.
    bool clickProduct(const QString &productId)
    {
        auto *list = find<QListWidget>(QStringLiteral("productList"));
        if (!list)
            return false;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            if (item->data(Qt::UserRole).toString() == productId && !item->isHidden()) {
                list->scrollToItem(item);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
                return true;
            }
        }
        return false;
    }

    /// Replaces the text of @p edit by typing, as a person does (select all, then type).
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        if (!text.isEmpty())
            QTest::keyClicks(edit, text);
    }

    /// Whether @p label is painted in the pages' red for errors (rather than the text's colour or a grey note).
    static bool isErrorColour(const QLabel *label)
    {
        const QColor c = label->palette().color(QPalette::WindowText);
        return c.red() > c.green() + 80 && c.red() > c.blue() + 80;
    }

private:
    void start(const QString &language)
    {
        m_wizard = std::make_unique<FirewallWizard>(m_catalog, *m_settings, language);
        m_wizard->show();
        QApplication::setActiveWindow(m_wizard.get());
        // Mnemonics and shortcuts work only in the active window.
        if (!QTest::qWaitForWindowActive(m_wizard.get()))
            qWarning("the wizard did not become active");
    }

    QTemporaryDir m_dir;
    Catalog m_catalog;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FirewallWizard> m_wizard;
};

} // namespace fw::test
