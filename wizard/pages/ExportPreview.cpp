#include "ExportPreview.h"

#include "ExportOptionsColumn.h"
#include "export/ExportSession.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fw {

namespace {

/// The texts keep the Export page's translation context: they are its wording, in a widget of their own.
namespace Tr {
FW_TR_CONTEXT(fw::ExportPage)
}

/// A monospaced font. Platforms without a fixed system font (offscreen, some minimal desktops) get the font
/// configuration's one; judged by the glyphs' widths, as some (Noto Sans Mono) do not set the fixed-pitch flag.
QFont monospaced()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetricsF metrics(mono);
    if (metrics.horizontalAdvance(QStringLiteral("iiii")) != metrics.horizontalAdvance(QStringLiteral("MMMM"))) {
        mono.setFamilies({QStringLiteral("monospace")});
        mono.setStyleHint(QFont::TypeWriter);
        mono.setFixedPitch(true);
    }
    return mono;
}

/// The description and the usage note: as tall as their text where there is room, else scrolling (from two lines),
/// so that a small window (200 % on a small screen) never cuts a word off.
class HeaderArea : public QScrollArea
{
public:
    explicit HeaderArea(QWidget *parent) : QScrollArea(parent)
    {
        makeColumnScrollArea(this, QStringLiteral("exportHeader"));
    }
    QSize sizeHint() const override
    {
        // The width left with a scroll bar, so that the height asked for never needs one.
        const int width = (this->width() > 0 ? this->width() - 2 * frameWidth() : widget()->sizeHint().width())
            - verticalScrollBar()->sizeHint().width();
        return {QScrollArea::sizeHint().width(), widget()->heightForWidth(width) + 2 * frameWidth()};
    }
    QSize minimumSizeHint() const override { return {0, fontMetrics().lineSpacing() * 2}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        updateGeometry(); // the height it wants follows the width
    }
};

} // namespace

ExportPreview::ExportPreview(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    auto *header = new HeaderArea(this);
    m_header = header;
    auto *texts = new QWidget(header);
    auto *textsLayout = new QVBoxLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    m_description = makeWrappedLabel(texts, QStringLiteral("exportFormatDescription"));
    textsLayout->addWidget(m_description);
    m_usage = makeWrappedLabel(texts, QStringLiteral("exportUsageNote"));
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    textsLayout->addWidget(m_usage);
    header->setWidget(texts);
    layout->addWidget(header);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("exportPreviewLabel"));
    layout->addWidget(m_label);
    m_stack = new QStackedWidget(this);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("exportPreview"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(monospaced());
    m_text->setMinimumHeight(fontMetrics().height() * 4);
    m_stack->addWidget(m_text);
    m_problems = new QTextBrowser(m_stack);
    m_problems->setObjectName(QStringLiteral("exportProblems"));
    m_problems->setOpenLinks(false);
    m_problems->setTabChangesFocus(true);
    m_stack->addWidget(m_problems);
    m_label->setBuddy(m_text);
    layout->addWidget(m_stack, 1);
}

void ExportPreview::retranslate()
{
    m_label->setText(Tr::tr("Pre&view:"));
    m_problems->setAccessibleName(Tr::tr("Why this format cannot be written"));
}

void ExportPreview::showFormat(const QString &format, const ExportResult &result, const QString &usageNote)
{
    const Exporter *exporter = exporterFor(format);
    m_description->setText(exporter ? exporter->description() : QString());
    m_usage->setText(usageNote);
    m_usage->setVisible(!usageNote.isEmpty());
    m_header->widget()->adjustSize();
    m_header->updateGeometry();
    const QString name = ExportSession::displayName(format);
    //: accessible name of the preview; %1 is a format ("nftables")
    m_text->setAccessibleName(Tr::tr("Preview of the %1 file").arg(name));
    if (!result.ok()) {
        showProblems(name, result.problems);
        return;
    }
    // The same format again (a new language, another setting): keep the place the admin was reading.
    const bool same = m_format == format;
    const int line = same ? m_text->verticalScrollBar()->value() : 0;
    const int column = same ? m_text->horizontalScrollBar()->value() : 0;
    m_text->setPlainText(QString::fromUtf8(result.data));
    m_format = format;
    m_text->verticalScrollBar()->setValue(line);
    m_text->horizontalScrollBar()->setValue(column);
    m_stack->setCurrentWidget(m_text);
}

void ExportPreview::showProblems(const QString &name, const QList<ExportProblem> &problems)
{
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(Tr::tr("Not possible: the %1 file cannot be written for this plan, for these reasons:")
                                .arg(name)
                                .toHtmlEscaped());
    for (const ExportProblem &p : problems) {
        QStringList where;
        if (!p.ruleId.isEmpty() && !p.what.contains(p.ruleId))
            //: where an export problem is: the rule's id
            where << Tr::tr("rule %1").arg(p.ruleId);
        if (!p.field.isEmpty() && ExportSession::formatsUsing(p.field).isEmpty())
            //: where an export problem is: the field of the rule or setting ("program", "hosts")
            where << Tr::tr("field %1").arg(p.field);
        const QString text
            = where.isEmpty() ? p.what : QStringLiteral("%1 (%2)").arg(p.what, where.join(QStringLiteral(", ")));
        html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(Tr::tr("The other formats are not affected; choose one of them, or correct the setting or the "
                            "catalog entry named above.")
                         .toHtmlEscaped());
    m_problems->setHtml(html);
    m_stack->setCurrentWidget(m_problems);
}

} // namespace fw
