#include "ProductPage.h"
#include "ui_ProductPage.h"

#include "WizardState.h"
#include "catalog/Catalog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

namespace fw {

namespace {
constexpr int productIdRole = Qt::UserRole;
}

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
    m_ui = std::make_unique<Ui::ProductPage>();
    m_form = new QWidget(this);
    m_ui->setupUi(m_form);
    layout->addWidget(m_form, 1);
    // Down in the filter goes on to the list, as in a search field.
    new QShortcut(QKeySequence(Qt::Key_Down), m_ui->productFilter, this, &ProductPage::goToList, Qt::WidgetShortcut);
    m_ui->catalogProblemsView->setMaximumHeight(m_ui->catalogProblemsView->fontMetrics().height() * 6);

    fillList();

    connect(m_ui->productFilter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_ui->productList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        // Home and End can land on a product the filter hides; it is not a choice the admin can see.
        if (item && !item->isHidden() && !m_updating)
            state().setProduct(item->data(productIdRole).toString());
    });
    connect(m_ui->versionCombo, &QComboBox::activated, this,
        [this](int index) { state().setVersion(m_ui->versionCombo->itemData(index).toString()); });
    connect(m_ui->catalogProblemsLabel, &QLabel::linkActivated, this,
        [this] { m_ui->catalogProblemsView->setVisible(!m_ui->catalogProblemsView->isVisible()); });
}

void ProductPage::fillList()
{
    m_updating = true;
    m_ui->productList->clear();
    for (const Product &product : state().catalog().products()) {
        auto *item = new QListWidgetItem(m_ui->productList);
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
    m_ui->retranslateUi(m_form);

    const QString lang = language();
    for (int i = 0; i < m_ui->productList->count(); ++i) {
        QListWidgetItem *item = m_ui->productList->item(i);
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
    m_ui->catalogProblemsLabel->setVisible(!problems.isEmpty());
    m_ui->catalogProblemsLabel->setText(
        tr("Catalog files that could not be read: %1. Their products are missing from the list.").arg(files.size())
        + QStringLiteral(" <a href=\"#details\">%1</a>").arg(tr("Details")));
    m_ui->catalogProblemsView->setPlainText(lines.join(QLatin1Char('\n')));
    applyFilter();
}

void ProductPage::applyFilter()
{
    const QString needle = m_ui->productFilter->text().trimmed();
    const QString lang = language();
    int shown = 0;
    for (int i = 0; i < m_ui->productList->count(); ++i) {
        QListWidgetItem *item = m_ui->productList->item(i);
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
    m_ui->noMatchLabel->setVisible(shown == 0);
    m_ui->noMatchLabel->setText(tr("No product matches \"%1\". Clear the filter to see them all.").arg(needle));
}

void ProductPage::refresh()
{
    if (!m_ui)
        return;
    m_updating = true;
    const Product *product = state().product();
    for (int i = 0; i < m_ui->productList->count(); ++i) {
        QListWidgetItem *item = m_ui->productList->item(i);
        if (product && item->data(productIdRole).toString() == product->id) {
            m_ui->productList->setCurrentItem(item);
            m_ui->productList->scrollToItem(item);
        }
    }
    if (!product)
        m_ui->productList->clearSelection();
    m_updating = false;
    showProduct();
}

void ProductPage::showProduct()
{
    const Product *product = state().product();
    const QString lang = language();
    if (!product) {
        m_ui->productDescription->setText(tr("Choose a product from the list."));
        m_ui->versionBox->hide();
        return;
    }
    m_ui->productDescription->setText(QStringLiteral("<b>%1</b> (%2)<br>%3")
                                          .arg(product->name.in(lang).toHtmlEscaped(), product->vendor.toHtmlEscaped(),
                                              product->description.in(lang).toHtmlEscaped()));
    m_ui->versionBox->setVisible(!product->versions.isEmpty());
    m_ui->versionCombo->clear();
    for (const VersionDef &v : product->versions)
        m_ui->versionCombo->addItem(v.label, v.id);
    m_ui->versionCombo->setCurrentIndex(m_ui->versionCombo->findData(state().selection().version));
    m_ui->versionHint->setText(product->versionHint.in(lang));
}

void ProductPage::goToList()
{
    m_ui->productList->setFocus(Qt::TabFocusReason);
    QListWidgetItem *current = m_ui->productList->currentItem();
    if (current && !current->isHidden())
        return;
    for (int i = 0; i < m_ui->productList->count(); ++i) {
        if (!m_ui->productList->item(i)->isHidden()) {
            m_ui->productList->setCurrentItem(m_ui->productList->item(i));
            return;
        }
    }
}

} // namespace fw
