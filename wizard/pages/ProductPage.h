#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

namespace Ui {
class ProductPage;
}

/// Page 2: the catalog's products, filterable, and the product's major version where it has versions.
class ProductPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(ProductPage)

public:
    explicit ProductPage(WizardState &state, QWidget *parent = nullptr);
    ~ProductPage() override;

    bool isComplete() const override;

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    void fillList();
    void applyFilter();
    void showProduct();
    /// From the filter to the list, to the current product or else the first one the filter shows.
    void goToList();

    std::unique_ptr<Ui::ProductPage> m_ui;
    QWidget *m_form = nullptr; ///< the widget of m_ui
    bool m_updating = false;
};

} // namespace fw
