#pragma once

#include "license/LicenseFile.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fw {

class WizardState;

/// The Options page's license-file section: what a FlexNet license file is for, **Read license file…**, and what
/// was read. Reading fills in the values that the catalog says a license file gives (a value's `licenseFile`).
class LicenseFileBox : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(LicenseFileBox)

public:
    explicit LicenseFileBox(WizardState &state, QWidget *parent = nullptr);

    /// Reads the license file at @p path into the values that apply now and shows what it found.
    void readLicenseFile(const QString &path);
    /// Forgets the file read (another product was chosen).
    void clear();
    /// Sets every text in the current language.
    void retranslateUi();
    QPushButton *browseButton() const { return m_browse; }

private:
    void showResult();

    WizardState &m_state;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_result = nullptr;
    QString m_fileName;
    LicenseFile m_license;
};

} // namespace fw
