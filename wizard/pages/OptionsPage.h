#pragma once

#include "PageBase.h"

#include <memory>

namespace fw {

class ValueField;

/// Page 5: the product's optional features as check boxes and the values only the admin knows (server address,
/// license ports), validated as typed. Each field shows exactly the value in use (an invalid one with its reason), or
/// is empty with its default named. Where the catalog says a license file gives values, offers to read it.
class OptionsPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(OptionsPage)

public:
    explicit OptionsPage(WizardState &state, QWidget *parent = nullptr);
    ~OptionsPage() override;

    /// False while any value is invalid or a required one is missing.
    bool isComplete() const override;
    bool validatePage() override;

    /// Reads the license file at @p path into the port values and shows what it found (what Browse… does).
    void readLicenseFile(const QString &path);

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    void rebuildRows();
    void showValues();
    void updateVisibility();
    void updateValueStatus(ValueField &field);

    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace fw
