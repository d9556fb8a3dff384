#pragma once

#include <QListWidget>
#include <QStringList>

namespace fw {

class ExportSession;

/// The Export page's list of formats (ExportSession::formats() without the PDF): the highlighted one is previewed,
/// the ticked ones are saved together; ticking a format highlights it. Each says when it cannot be written.
class ExportFormatList : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ExportFormatList)

public:
    /// Lists the formats with @p preferred ticked and highlighted.
    ExportFormatList(const QString &preferred, QWidget *parent = nullptr);

    /// The highlighted format's id.
    QString currentFormat() const;
    /// The ticked formats' ids, in the list's order.
    QStringList checkedFormats() const;
    /// Names each format, marking those that @p session cannot write, in the current language.
    void updateStates(ExportSession &session);
    /// The width in which every name shows whole.
    int neededWidth() const;
};

} // namespace fw
