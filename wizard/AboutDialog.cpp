#include "AboutDialog.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtGlobal>

#include <spdlog/version.h>

namespace fw {

struct AboutDialog::Ui
{
    QLabel *name = nullptr;
    QLabel *text = nullptr;
    QLabel *versions = nullptr;
    QDialogButtonBox *buttons = nullptr;
};

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui>())
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);
    m_ui->name = new QLabel(this);
    m_ui->name->setObjectName(QStringLiteral("aboutName"));
    QFont font = m_ui->name->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_ui->name->setFont(font);
    m_ui->text = new QLabel(this);
    m_ui->text->setWordWrap(true);
    m_ui->versions = new QLabel(this);
    m_ui->versions->setObjectName(QStringLiteral("aboutVersions"));
    m_ui->versions->setWordWrap(true);
    m_ui->versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ui->buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_ui->name);
    layout->addWidget(m_ui->text);
    layout->addWidget(m_ui->versions);
    layout->addStretch(1);
    layout->addWidget(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::libraryVersions()
{
    return QStringLiteral("Qt %1 (built with %2), spdlog %3.%4.%5")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
        .arg(SPDLOG_VER_MAJOR)
        .arg(SPDLOG_VER_MINOR)
        .arg(SPDLOG_VER_PATCH);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Firewall Setup Wizard"));
    m_ui->name->setText(tr("Firewall Setup Wizard %1").arg(programVersion()));
    m_ui->text->setText(tr("Works out which ports and programs your firewalls must allow for a vendor's software, "
                           "with the reason and the source of every rule."));
    m_ui->versions->setText(tr("Built on %1.").arg(libraryVersions()));
    // The Close button is Qt's own; its text follows qtbase_<lang> only when set again (a variable context, so
    // that lupdate leaves it to Qt's translation).
    const char *theme = "QPlatformTheme";
    if (QPushButton *close = m_ui->buttons->button(QDialogButtonBox::Close))
        close->setText(QCoreApplication::translate(theme, "Close"));
}

} // namespace fw
