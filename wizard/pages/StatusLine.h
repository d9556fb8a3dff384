#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace fw {

/// One status under a page's buttons: an icon and wrapped, selectable text, and a busy bar while something runs in
/// the background (Kind::Busy). It keeps the room of two lines when empty, so that nothing above it moves when a
/// status appears.
class StatusLine : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(StatusLine)

public:
    enum class Kind { Invalid, Done, Busy, Problem };

    /// @p objectName names the text label (tests find it); the icon and the busy bar get "Icon" and "Busy" appended.
    StatusLine(const QString &objectName, QWidget *parent = nullptr);

    /// Shows @p text with @p kind's icon (Busy: the busy bar); an empty text clears the line.
    void setStatus(Kind kind, const QString &text);
    /// Accessible names of the text and of the busy bar.
    void setAccessibleNames(const QString &text, const QString &busy);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace fw
