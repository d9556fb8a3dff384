#include "ProductPage.h"

#include "WizardState.h"
#include "catalog/Catalog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

namespace fw {

namespace {
constexpr int productIdRole = Qt::UserRole;
}

struct ProductPage::Ui
{
    QLabel *filterLabel = nullptr;
    QLineEdit *filter = nullptr;
    QLabel *listLabel = nullptr;
    QListWidget *list = nullptr;
    QLabel *noMatch = nullptr;
    QLabel *description = nullptr;
    QWidget *versionBox = nullptr;
    QLabel *versionLabel = nullptr;
    QComboBox *versionCombo = nullptr;
    QLabel *versionHint = nullptr;
    QLabel *problemsLabel = nullptr;
    QPlainTextEdit *problemsView = nullptr;
};

ProductPage::ProductPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::Scroll, parent)
{
    setObjectName(QStringLiteral("productPage"));
    followSelection();
}

ProductPage::~ProductPage() = default;

bool ProductPage::isComplete() const
{
    const Product *product = state().product();
    if (!product)
        return false;
    return product->versions.isEmpty() || product->version(state().selection().version);
}

void ProductPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    auto *grid = new QGridLayout;
    m_ui->filterLabel = new QLabel(this);
    m_ui->filter = new QLineEdit(this);
    m_ui->filter->setObjectName(QStringLiteral("productFilter"));
    m_ui->filter->setClearButtonEnabled(true);
    m_ui->filter->installEventFilter(this);
    m_ui->filterLabel->setBuddy(m_ui->filter);
    grid->addWidget(m_ui->filterLabel, 0, 0);
    grid->addWidget(m_ui->filter, 0, 1);
    layout->addLayout(grid);

    m_ui->listLabel = new QLabel(this);
    layout->addWidget(m_ui->listLabel);
    m_ui->list = new QListWidget(this);
    m_ui->list->setObjectName(QStringLiteral("productList"));
    m_ui->list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->list->setTextElideMode(Qt::ElideRight);
    // Long descriptions end in "…" (the full text is below the list and in the tooltip) rather than scroll sideways.
    m_ui->list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->list->setAlternatingRowColors(true);
    m_ui->list->setSpacing(2);
    m_ui->listLabel->setBuddy(m_ui->list);
    layout->addWidget(m_ui->list);
    m_ui->noMatch = new QLabel(this);
    m_ui->noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_ui->noMatch->setWordWrap(true);
    m_ui->noMatch->hide();
    layout->addWidget(m_ui->noMatch);

    m_ui->description = new QLabel(this);
    m_ui->description->setObjectName(QStringLiteral("productDescription"));
    m_ui->description->setWordWrap(true);
    m_ui->description->setTextFormat(Qt::RichText);
    layout->addWidget(m_ui->description);

    m_ui->versionBox = new QWidget(this);
    auto *versionLayout = new QGridLayout(m_ui->versionBox);
    versionLayout->setContentsMargins(0, 6, 0, 0);
    m_ui->versionLabel = new QLabel(m_ui->versionBox);
    m_ui->versionCombo = new QComboBox(m_ui->versionBox);
    m_ui->versionCombo->setObjectName(QStringLiteral("versionCombo"));
    m_ui->versionLabel->setBuddy(m_ui->versionCombo);
    m_ui->versionHint = new QLabel(m_ui->versionBox);
    m_ui->versionHint->setObjectName(QStringLiteral("versionHint"));
    m_ui->versionHint->setWordWrap(true);
    versionLayout->addWidget(m_ui->versionLabel, 0, 0);
    versionLayout->addWidget(m_ui->versionCombo, 0, 1);
    versionLayout->setColumnStretch(2, 1);
    versionLayout->addWidget(m_ui->versionHint, 1, 0, 1, 3);
    layout->addWidget(m_ui->versionBox);

    m_ui->problemsLabel = new QLabel(this);
    m_ui->problemsLabel->setObjectName(QStringLiteral("catalogProblemsLabel"));
    m_ui->problemsLabel->setWordWrap(true);
    m_ui->problemsLabel->setTextFormat(Qt::RichText);
    m_ui->problemsLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_ui->problemsView = new QPlainTextEdit(this);
    m_ui->problemsView->setObjectName(QStringLiteral("catalogProblemsView"));
    m_ui->problemsView->setReadOnly(true);
    m_ui->problemsView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->problemsView->setMaximumHeight(m_ui->problemsView->fontMetrics().height() * 6);
    m_ui->problemsView->hide();
    layout->addWidget(m_ui->problemsLabel);
    layout->addWidget(m_ui->problemsView);
    layout->addStretch(1);

    fillList();

    connect(m_ui->filter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_ui->list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        // Home and End can land on a product the filter hides; it is not a choice the admin can see.
        if (item && !item->isHidden() && !m_updating)
            state().setProduct(item->data(productIdRole).toString());
    });
    connect(m_ui->versionCombo, &QComboBox::activated, this,
        [this](int index) { state().setVersion(m_ui->versionCombo->itemData(index).toString()); });
    connect(m_ui->problemsLabel, &QLabel::linkActivated, this,
        [this] { m_ui->problemsView->setVisible(!m_ui->problemsView->isVisible()); });
}

void ProductPage::fillList()
{
    m_updating = true;
    m_ui->list->clear();
    for (const Product &product : state().catalog().products()) {
        auto *item = new QListWidgetItem(m_ui->list);
        item->setData(productIdRole, product.id);
    }
    m_updating = false;
}

void ProductPage::retranslateUi()
{
    setTitle(tr("Product"));
    setSubTitle(tr("Which program must get through the firewall? Choose it from the list, and its version where it "
                   "has versions, because the rules depend on both."));
    if (!m_ui)
        return;
    m_ui->filterLabel->setText(tr("&Filter:"));
    m_ui->filter->setPlaceholderText(tr("Part of a name, vendor or description"));
    m_ui->filter->setAccessibleName(tr("Filter the products"));
    m_ui->listLabel->setText(tr("&Products:"));
    m_ui->list->setAccessibleName(tr("Products"));
    m_ui->versionLabel->setText(tr("Installed &version:"));
    m_ui->versionCombo->setAccessibleName(tr("Installed version"));

    const QString lang = language();
    for (int i = 0; i < m_ui->list->count(); ++i) {
        QListWidgetItem *item = m_ui->list->item(i);
        const Product *product = state().catalog().product(item->data(productIdRole).toString());
        if (!product)
            continue;
        //: a product in the list: its name, its vendor, and a line saying what it is
        item->setText(tr("%1 (%2)\n%3").arg(product->name.in(lang), product->vendor, product->description.in(lang)));
        item->setToolTip(product->description.in(lang));
    }

    const CatalogProblems &problems = state().catalog().problems();
    QSet<QString> files;
    QStringList lines;
    for (const CatalogProblem &p : problems) {
        files.insert(p.file);
        lines << p.toString();
    }
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    m_ui->problemsLabel->setText(
        tr("Catalog files that could not be read: %1. Their products are missing from the list.").arg(files.size())
        + QStringLiteral(" <a href=\"#details\">%1</a>").arg(tr("Details")));
    m_ui->problemsView->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->problemsView->setAccessibleName(tr("Catalog problems"));
    applyFilter();
}

void ProductPage::applyFilter()
{
    const QString needle = m_ui->filter->text().trimmed();
    const QString lang = language();
    int shown = 0;
    for (int i = 0; i < m_ui->list->count(); ++i) {
        QListWidgetItem *item = m_ui->list->item(i);
        const Product *product = state().catalog().product(item->data(productIdRole).toString());
        bool match = needle.isEmpty();
        if (!match && product) {
            for (const QString &hay : {product->name.in(lang), product->name.en, product->vendor,
                     product->description.in(lang), product->id}) {
                if (hay.contains(needle, Qt::CaseInsensitive)) {
                    match = true;
                    break;
                }
            }
        }
        item->setHidden(!match);
        shown += match ? 1 : 0;
    }
    m_ui->noMatch->setVisible(shown == 0);
    m_ui->noMatch->setText(tr("No product matches \"%1\". Clear the filter to see them all.").arg(needle));
}

void ProductPage::refresh()
{
    if (!m_ui)
        return;
    m_updating = true;
    const Product *product = state().product();
    for (int i = 0; i < m_ui->list->count(); ++i) {
        QListWidgetItem *item = m_ui->list->item(i);
        if (product && item->data(productIdRole).toString() == product->id) {
            m_ui->list->setCurrentItem(item);
            m_ui->list->scrollToItem(item);
        }
    }
    if (!product)
        m_ui->list->clearSelection();
    m_updating = false;
    showProduct();
}

void ProductPage::showProduct()
{
    const Product *product = state().product();
    const QString lang = language();
    if (!product) {
        m_ui->description->setText(tr("Choose a product from the list."));
        m_ui->versionBox->hide();
        return;
    }
    m_ui->description->setText(QStringLiteral("<b>%1</b> (%2)<br>%3")
                                   .arg(product->name.in(lang).toHtmlEscaped(), product->vendor.toHtmlEscaped(),
                                       product->description.in(lang).toHtmlEscaped()));
    m_ui->versionBox->setVisible(!product->versions.isEmpty());
    m_ui->versionCombo->clear();
    for (const VersionDef &v : product->versions)
        m_ui->versionCombo->addItem(v.label, v.id);
    m_ui->versionCombo->setCurrentIndex(m_ui->versionCombo->findData(state().selection().version));
    m_ui->versionHint->setText(product->versionHint.in(lang));
}

bool ProductPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the filter goes on to the list, as in a search field, to the first product the filter shows.
    if (m_ui && watched == m_ui->filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_ui->list->setFocus(Qt::TabFocusReason);
        QListWidgetItem *current = m_ui->list->currentItem();
        if (!current || current->isHidden()) {
            for (int i = 0; i < m_ui->list->count(); ++i) {
                if (!m_ui->list->item(i)->isHidden()) {
                    m_ui->list->setCurrentItem(m_ui->list->item(i));
                    break;
                }
            }
        }
        return true;
    }
    return PageBase::eventFilter(watched, event);
}

} // namespace fw
