#include "ServerAddressField.h"

#include "Widgets.h"
#include "catalog/ValueCheck.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace fw {

namespace {

/// The texts keep the page's translation context: they were the page's before the field was split off.
namespace Tr {
FW_TR_CONTEXT(fw::ConnectivityPage)
}

} // namespace

ServerAddressField::ServerAddressField(QGridLayout *grid, QWidget *parent)
    : QObject(parent), m_label(new QLabel(parent)), m_edit(new QLineEdit(parent))
{
    m_edit->setObjectName(QStringLiteral("connectivityServerEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_label->setBuddy(m_edit);
    grid->addWidget(m_label, 0, 0);
    grid->addWidget(m_edit, 0, 1);
    m_error = wrappingLabel(parent, QStringLiteral("connectivityServerError"));
    m_error->hide();
    grid->addWidget(m_error, 1, 1);
    m_note = wrappingLabel(parent, QStringLiteral("connectivityServerNote"));
    m_note->hide();
    grid->addWidget(m_note, 2, 1);
}

QString ServerAddressField::text() const
{
    return m_edit->text().trimmed();
}

void ServerAddressField::setShown(bool shown)
{
    m_label->setVisible(shown);
    m_edit->setVisible(shown);
}

void ServerAddressField::prefill(const QString &planned)
{
    if (planned == m_prefilled)
        return;
    m_prefilled = planned;
    m_edit->setText(planned);
}

void ServerAddressField::validate(bool shown, const QString &planned)
{
    const QString address = text();
    QString detail;
    const ValueReason reason = validateHost(address, &detail);
    m_problem = reason == ValueReason::Invalid ? QString() : valueReasonText(reason, address, detail);
    // An empty field is not an error yet, only a reason not to start.
    const bool showError = shown && !m_problem.isEmpty() && !address.isEmpty();
    m_error->setText(showError ? Tr::tr("Cannot test this address: %1").arg(m_problem) : QString());
    m_error->setVisible(showError);
    // Typing here changes the test, not the plan: say so, so that a corrected typo is not left in the exports.
    const bool differs = shown && m_problem.isEmpty() && !planned.isEmpty() && address != planned;
    m_note->setText(differs ? Tr::tr("The plan's rules name the server %1; this test uses %2. To change the "
                                     "plan, go back to the options.")
                                  .arg(planned, address)
                            : QString());
    m_note->setVisible(differs);
}

void ServerAddressField::retranslate()
{
    m_label->setText(Tr::tr("Server a&ddress:"));
    m_edit->setAccessibleName(Tr::tr("Server address"));
    m_edit->setPlaceholderText(Tr::tr("host name or IP address"));
}

bool ServerAddressField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit enterPressed();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fw
