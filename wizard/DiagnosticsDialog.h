#pragma once

#include "apply/Diagnostics.h"

#include <QDialog>

#include <functional>
#include <memory>

class QThread;

namespace fw {

/// Help → Diagnostics: what a support request needs (collectDiagnostics(), as diagnosticsText() writes it) in a
/// read-only monospace view, the warnings about common mistakes on top, and Copy, Save and Refresh. Collecting
/// runs programs (nft, firewall-cmd, ufw), so it runs in a thread of its own while the dialog shows that it is busy.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(DiagnosticsDialog)

public:
    /// Collects the diagnostics; runs in a worker thread.
    using Collector = std::function<Diagnostics(const DiagnosticsInput &)>;

    /// @p input without versions gets this program's, Qt's and spdlog's filled in.
    explicit DiagnosticsDialog(const DiagnosticsInput &input, QWidget *parent = nullptr);
    ~DiagnosticsDialog() override;

    /// Replaces collectDiagnostics() on the real machine (tests).
    void setCollector(Collector collector);
    /// Collects again (unless a collection is under way).
    void refresh();
    bool isBusy() const { return m_thread != nullptr; }
    /// The text as shown (empty while the first collection runs).
    QString text() const;

signals:
    /// A collection finished and its text is shown.
    void collected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResult();
    void copyText();
    void saveText();

    DiagnosticsInput m_input;
    Collector m_collector;
    QThread *m_thread = nullptr;
    std::shared_ptr<Diagnostics> m_pending;
    std::unique_ptr<Diagnostics> m_diagnostics;
    bool m_stale = false;
    QString m_lastFolder;

    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace fw
