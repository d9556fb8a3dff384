#pragma once

#include "export/Exporter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTextBrowser;

namespace fw {

/// The right side of the Export page: the highlighted format's description and how to use its file, then the file as
/// it will be written (monospaced, not wrapped) or, where the format cannot be written, why not.
class ExportPreview : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ExportPreview)

public:
    explicit ExportPreview(QWidget *parent = nullptr);

    /// Shows @p result of @p format; keeps the place the reader was at when it is the same format again.
    void showFormat(const QString &format, const ExportResult &result, const QString &usageNote);
    void retranslate();

private:
    void showProblems(const QString &name, const QList<ExportProblem> &problems);

    QScrollArea *m_header = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_usage = nullptr;
    QLabel *m_label = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTextBrowser *m_problems = nullptr;
    QString m_format;
};

} // namespace fw
