#pragma once

#include <QSplitter>

namespace fw {

/// A splitter whose handle can be seen: wider than the style's, with a line and a grip of dots in the palette's
/// mid colour, so that a reader finds where to drag (the Export page's settings column against its preview).
class GripSplitter : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY(GripSplitter)

public:
    explicit GripSplitter(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    QSplitterHandle *createHandle() override;
};

} // namespace fw
