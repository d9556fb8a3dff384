#include "LicenseFileBox.h"

#include "Desktop.h"
#include "Widgets.h"
#include "WizardState.h"
#include "catalog/Catalog.h"
#include "catalog/ValueCheck.h"
#include "plan/PlanResolver.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw {

Q_LOGGING_CATEGORY(lcLicenseFile, "fw.wizard.options")

namespace {

/// The Options page's context, where these texts have always been (and are translated).
namespace Tr {
FW_TR_CONTEXT(fw::OptionsPage)
}

/// What was read, as rich text: the ports found with their lines, what is missing and how to fix it, the problems.
QString summaryHtml(const QString &fileName, const LicenseFile &license, const QString &vendorName)
{
    const QString name = fileName.toHtmlEscaped();
    QStringList items; // each already HTML
    QString text;
    if (!license.hasPortLines()) {
        text = QStringLiteral("<p><b>%1</b></p>").arg(Tr::tr("%1 could not be read as a license file.").arg(name));
    } else {
        text = QStringLiteral("<p style=\"margin-bottom: 4px;\"><b>%1</b></p>").arg(Tr::tr("Read from %1:").arg(name));
        if (license.servers.isEmpty()) {
            items
                << Tr::tr("The file has no SERVER line, so the lmgrd port could not be read from it.").toHtmlEscaped();
        } else {
            const LicenseServer &server = license.servers.first();
            if (server.port > 0) {
                items << Tr::tr("lmgrd port %1, from the SERVER line (line %2).")
                             .arg(server.port)
                             .arg(server.line)
                             .toHtmlEscaped();
            } else {
                items << Tr::tr(
                    "The SERVER line (line %1) gives no port, so lmgrd takes the first free port from 27000 "
                    "to 27009 and may move. Write the port at the end of the SERVER line (for example "
                    "27000) to keep it fixed.")
                             .arg(server.line)
                             .toHtmlEscaped();
            }
            if (license.servers.size() > 1)
                items << Tr::tr("The file names %1 license servers (a redundant setup); the ports are taken from the "
                                "first.")
                             .arg(license.servers.size())
                             .toHtmlEscaped();
        }
        const LicenseVendor *vendor = license.vendor(vendorName);
        if (!vendor) {
            items << Tr::tr("The file has no VENDOR line, so the vendor daemon's port could not be read from it.")
                         .toHtmlEscaped();
        } else if (vendor->port > 0) {
            items << Tr::tr("Vendor daemon port %1, from PORT= on the VENDOR line (line %2).")
                         .arg(vendor->port)
                         .arg(vendor->line)
                         .toHtmlEscaped();
        } else {
            const QString daemon = vendor->name.isEmpty() ? vendorName : vendor->name;
            items
                << QStringLiteral("<b>%1</b> %2")
                       .arg(Tr::tr("The VENDOR line (line %1) has no PORT= entry.").arg(vendor->line).toHtmlEscaped(),
                           Tr::tr(
                               "So the vendor daemon's port changes at every start of the license server, and no port "
                               "rule can "
                               "cover it: only a program rule for %1 can. To use a port rule instead, add PORT= with "
                               "a free "
                               "port to the VENDOR line (for example \"VENDOR %2 PORT=27010\"), restart the license "
                               "server and "
                               "read the file again.")
                               .arg(daemon + QStringLiteral(".exe"), daemon)
                               .toHtmlEscaped());
        }
    }
    for (const LicenseProblem &p : license.problems)
        items << p.toString().toHtmlEscaped();
    if (!items.isEmpty()) {
        text += QStringLiteral("<ul style=\"margin-top: 0px; margin-left: 0px; -qt-list-indent: 1;\">");
        for (const QString &item : std::as_const(items))
            text += QStringLiteral("<li>%1</li>").arg(item);
        text += QStringLiteral("</ul>");
    }
    return text;
}

} // namespace

LicenseFileBox::LicenseFileBox(WizardState &state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("licenseBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *browseRow = new QHBoxLayout;
    m_browse = plainButton(this, QStringLiteral("licenseBrowseButton"));
    browseRow->addWidget(m_browse);
    browseRow->addStretch(1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("licenseResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(browseRow);
    layout->addWidget(m_result);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = desktop::openFileName(
            this, Tr::tr("Read the license file"), Tr::tr("License files (*.lic *.dat *.txt);;All files (*)"));
        if (!path.isEmpty())
            readLicenseFile(path);
    });
    retranslateUi();
}

void LicenseFileBox::retranslateUi()
{
    m_heading->setText(Tr::tr("License file"));
    m_intro->setText(
        Tr::tr("The FlexNet license file (often license.lic or license.dat on the license server) says which ports "
               "lmgrd and the vendor daemon use. Read it to fill in the ports."));
    m_browse->setText(Tr::tr("&Read license file…"));
    showResult();
}

void LicenseFileBox::clear()
{
    m_license = LicenseFile();
    m_fileName.clear();
    m_result->hide();
}

void LicenseFileBox::readLicenseFile(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    m_license = fw::readLicenseFile(path);
    qCInfo(lcLicenseFile, "license file read: %s, %lld SERVER and %lld VENDOR lines, %lld problems", qPrintable(path),
        static_cast<long long>(m_license.servers.size()), static_cast<long long>(m_license.vendors.size()),
        static_cast<long long>(m_license.problems.size()));
    const Product *product = m_state.product();
    if (product && m_license.hasPortLines()) {
        const LicenseServer *server = m_license.servers.isEmpty() ? nullptr : &m_license.servers.first();
        const LicenseVendor *vendor = m_license.vendor(product->vendor);
        for (const ValueDef *def : applicableValues(*product, m_state.selection())) {
            switch (def->licenseFile) {
            case LicenseFileEntry::ServerPort:
                if (server && server->port > 0)
                    m_state.setValue(def->id, QString::number(server->port));
                break;
            case LicenseFileEntry::ServerHost:
                // A client's license file names the license server: the address this client needs, unless one is set.
                if (server && m_state.value(def->id).isEmpty()
                    && server->host.compare(QLatin1String("this_host"), Qt::CaseInsensitive) != 0
                    && validateHost(server->host) == ValueReason::Invalid)
                    m_state.setValue(def->id, server->host);
                break;
            case LicenseFileEntry::VendorPort:
                if (vendor)
                    m_state.setValue(def->id, vendor->port > 0 ? QString::number(vendor->port) : QString());
                break;
            case LicenseFileEntry::Invalid:
                break;
            }
        }
    }
    showResult();
}

void LicenseFileBox::showResult()
{
    if (m_fileName.isEmpty())
        return;
    const Product *product = m_state.product();
    m_result->setText(summaryHtml(m_fileName, m_license, product ? product->vendor : QString()));
    m_result->show();
}

} // namespace fw
