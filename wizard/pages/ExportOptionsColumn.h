#pragma once

#include <QScrollArea>

class QLabel;

namespace fw {

class ExportFormatList;
class ExportSettingsForm;

/// The Export page's left column: the formats and, under them, the settings of those in view, scrolling together
/// where the window is small, and as wide as its longest choice or placeholder needs.
class ExportOptionsColumn : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY(ExportOptionsColumn)

public:
    /// @p preferred is the format ticked and highlighted at first.
    ExportOptionsColumn(const QString &preferred, QWidget *parent = nullptr);

    ExportFormatList *formats() const { return m_formats; }
    ExportSettingsForm *settings() const { return m_settings; }
    /// The texts in the current language; the column then widens to show them whole (at most @p maxWidth).
    void retranslate(int maxWidth);

private:
    QLabel *m_label = nullptr;
    ExportFormatList *m_formats = nullptr;
    ExportSettingsForm *m_settings = nullptr;
};

/// A label that wraps its text, named @p objectName.
QLabel *makeWrappedLabel(QWidget *parent, const QString &objectName);
/// A scroll area without a frame or a horizontal scroll bar, on the window's background, for a column of widgets.
QScrollArea *makeColumnScrollArea(QScrollArea *area, const QString &objectName);

} // namespace fw
