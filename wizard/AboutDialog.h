#pragma once

#include <QDialog>

#include <memory>

namespace fw {

/// The About box: the program's version and the versions of Qt and spdlog it was built with.
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// "Qt 6.4.2 (built with 6.4.2), spdlog 1.10.0": the versions as the dialog shows them.
    static QString libraryVersions();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace fw
