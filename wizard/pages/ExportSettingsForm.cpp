#include "ExportSettingsForm.h"

#include "ExportOptionsColumn.h"
#include "PageBase.h"
#include "export/ExportSession.h"
#include "export/ExportText.h"
#include "export/PdfExporter.h"
#include "system/Tr.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QVBoxLayout>

namespace fw {

namespace {

/// The texts keep the Export page's translation context: they are its wording, in a widget of their own.
namespace Tr {
FW_TR_CONTEXT(fw::ExportPage)
}

/// Marks a label as saying what is wrong, in a colour that reads on light and dark palettes (the text says it too).
void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
}

} // namespace

struct ExportSettingsForm::Row
{
    ExportSettingSpec spec;
    QLabel *label = nullptr;
    QLineEdit *edit = nullptr;  ///< typed settings
    QComboBox *combo = nullptr; ///< settings with a few values
    QLabel *error = nullptr;
    QLabel *hint = nullptr;
    bool shown = true;

    QWidget *field() const { return edit ? static_cast<QWidget *>(edit) : combo; }
};

ExportSettingsForm::ExportSettingsForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exportSettingsForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_heading = makeWrappedLabel(this, QStringLiteral("exportSettingsHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    for (const ExportSettingSpec &spec : exportSettingSpecs()) {
        Row row;
        row.spec = spec;
        const auto name = [&spec](const char *suffix) {
            return PageBase::objectNameFor(QStringLiteral("exportSetting"), spec.key, QString::fromLatin1(suffix));
        };
        row.label = makeWrappedLabel(this, name("Label"));
        const QString key = spec.key;
        if (!spec.choices.isEmpty()) {
            row.combo = new QComboBox(this);
            row.combo->setObjectName(name("Combo"));
            for (const QString &value : spec.choices)
                row.combo->addItem(QString(), value);
            // As wide as the longest choice, so that none is cut ("as usual here (A4)").
            row.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            connect(row.combo, &QComboBox::activated, this, [this, key] { emit settingChanged(key); });
        } else {
            row.edit = new QLineEdit(this);
            row.edit->setObjectName(name("Edit"));
            row.edit->setMaxLength(spec.maxLength);
            row.edit->setClearButtonEnabled(true);
            connect(row.edit, &QLineEdit::textChanged, this, [this, key] {
                validate(*rowFor(key));
                emit settingChanged(key);
            });
        }
        row.label->setBuddy(row.field());
        row.error = makeWrappedLabel(this, name("Error"));
        row.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        markAsError(row.error);
        row.error->hide();
        row.hint = makeWrappedLabel(this, name("Hint"));
        QFont small = row.hint->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        row.hint->setFont(small);
        row.hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addSpacing(6);
        for (QWidget *w : {static_cast<QWidget *>(row.label), row.field(), static_cast<QWidget *>(row.error),
                 static_cast<QWidget *>(row.hint)})
            layout->addWidget(w);
        m_rows << row;
    }
}

ExportSettingsForm::~ExportSettingsForm() = default;

ExportSettingsForm::Row *ExportSettingsForm::rowFor(const QString &key)
{
    for (Row &r : m_rows) {
        if (r.spec.key == key)
            return &r;
    }
    return nullptr;
}

QString ExportSettingsForm::value(const QString &key) const
{
    for (const Row &r : m_rows) {
        if (r.spec.key == key)
            return r.edit ? r.edit->text().trimmed() : r.combo->currentData().toString();
    }
    return {};
}

void ExportSettingsForm::showFor(const QStringList &formats)
{
    bool any = false;
    for (Row &r : m_rows) {
        r.shown = false;
        for (const QString &format : formats)
            r.shown = r.shown || ExportSession::usesSetting(format, r.spec.key);
        for (QWidget *w : {static_cast<QWidget *>(r.label), r.field(), static_cast<QWidget *>(r.hint)})
            w->setVisible(r.shown);
        r.error->setVisible(r.shown && !r.error->text().isEmpty());
        any = any || r.shown;
    }
    m_heading->setVisible(any);
}

void ExportSettingsForm::validate(Row &r)
{
    const QString problem = ExportSession::settingProblem(r.spec.key, value(r.spec.key));
    //: before what is wrong with a setting; the word says it without the colour
    r.error->setText(problem.isEmpty() ? QString() : Tr::tr("Not valid: %1").arg(problem));
    r.error->setVisible(!problem.isEmpty() && r.shown);
    r.field()->setAccessibleDescription(problem.isEmpty() ? r.hint->text() : r.error->text());
}

void ExportSettingsForm::retranslate()
{
    m_heading->setText(Tr::tr("Settings"));
    for (Row &r : m_rows) {
        const QString &key = r.spec.key;
        if (key == exportsetting::zone()) {
            r.label->setText(Tr::tr("firewalld &zone:"));
            r.edit->setPlaceholderText(Tr::tr("the default zone"));
            r.hint->setText(Tr::tr("firewalld and Ansible: the zone to add the rules to. Empty: the default zone."));
        } else if (key == exportsetting::lan()) {
            r.label->setText(Tr::tr("LAN address &ranges:"));
            r.edit->setPlaceholderText(Tr::tr("e.g. 192.168.1.0/24"));
            r.hint->setText(Tr::tr("Linux formats: where \"the LAN\" is, comma-separated. Empty: rules for the LAN "
                                   "allow any address, and the file says so."));
        } else if (key == exportsetting::programDir()) {
            r.label->setText(Tr::tr("Program fol&der:"));
            r.edit->setPlaceholderText(Tr::tr("Program Files"));
            r.hint->setText(Tr::tr("PowerShell, netsh and Ansible: a folder on the target machine searched first for "
                                   "the vendor's programs, before Program Files."));
        } else if (key == exportsetting::inputPolicy()) {
            r.label->setText(Tr::tr("nftables &input policy:"));
            //: nftables input policy: let other traffic through (the table only adds what the plan allows)
            r.combo->setItemText(0, Tr::tr("accept (only add rules)"));
            //: nftables input policy: let in only what the plan allows
            r.combo->setItemText(1, Tr::tr("drop (only what the plan allows)"));
            r.hint->setText(Tr::tr("With drop, the table lets in only what the plan allows, replies, loopback and "
                                   "ICMP: use it where this is the machine's only firewall."));
        } else if (key == exportsetting::pageSize()) {
            r.label->setText(Tr::tr("PDF &paper size:"));
            const bool letter = PdfExporter::pageSizeFor(ExportContext()) == QPageSize::Letter;
            //: paper size chosen by the system's locale; %1 is "A4" or "Letter"
            r.combo->setItemText(0, Tr::tr("as usual here (%1)").arg(letter ? Tr::tr("Letter") : Tr::tr("A4")));
            r.combo->setItemText(1, Tr::tr("A4"));
            r.combo->setItemText(2, Tr::tr("Letter"));
            r.hint->setText(Tr::tr("For the PDF checklist."));
        }
        r.field()->setAccessibleName(r.label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        r.field()->setToolTip(r.hint->text());
        validate(r);
    }
}

int ExportSettingsForm::neededWidth() const
{
    int width = m_heading->sizeHint().width();
    for (const Row &r : m_rows) {
        if (r.combo) {
            width = qMax(width, r.combo->sizeHint().width());
            continue;
        }
        // A line edit's size hint ignores its placeholder: the placeholder, the frame, the clear button.
        QStyleOptionFrame option;
        option.initFrom(r.edit);
        const int text = r.edit->fontMetrics().horizontalAdvance(r.edit->placeholderText());
        const int clear = r.edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, r.edit) + 8;
        const QSize frame
            = r.edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(text + clear, 1), r.edit);
        width = qMax(width, frame.width() + 8);
    }
    return width;
}

} // namespace fw
