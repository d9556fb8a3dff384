#pragma once

#include "PageBase.h"
#include "license/LicenseFile.h"

#include <memory>

namespace fw {

/// Page 5: the product's optional features as check boxes and the values only the admin knows (server address,
/// license ports), validated as typed; for FlexNet-licensed products, reads the ports from the license file.
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
    int nextId() const override;

    /// Reads the license file at @p path into the port values and shows what it found (what Browse… does).
    void readLicenseFile(const QString &path);

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;

private:
    void rebuildRows();
    void updateVisibility();
    void updateValueStatus(const QString &valueId);
    void showLicenseResult();

    struct Ui;
    std::unique_ptr<Ui> m_ui;
    QString m_licenseFileName;
    LicenseFile m_license;
};

} // namespace fw
