#pragma once

#include <QList>
#include <QString>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace fw {

/// What starts and stops a run on the "Test connectivity" page (the check's timeout, the responder's duration): a
/// labelled choice of numbers, Start and Stop, and the rule of which of them may be used while it runs.
class RunControls
{
public:
    /// The object names of the choice and of the Start and Stop buttons.
    struct Names
    {
        QString choice;
        QString start;
        QString stop;
    };

    RunControls() = default;
    /// Makes the widgets, children of @p parent in this order (the order of Tab): the label, the choice of
    /// @p choices with @p current chosen, Start, Stop. choiceRow() holds the choice and buttonRow() Start and Stop,
    /// one under the other, so that they fit a small window in every language; the caller places the label.
    RunControls(QWidget *parent, const Names &names, const QList<int> &choices, int current);

    QLabel *label() const { return m_label; }
    QComboBox *choice() const { return m_choice; }
    QPushButton *start() const { return m_start; }
    QPushButton *stop() const { return m_stop; }
    /// The choice, then a stretch.
    QHBoxLayout *choiceRow() const { return m_choiceRow; }
    /// Start and Stop, then a stretch.
    QHBoxLayout *buttonRow() const { return m_buttonRow; }

    /// The number chosen.
    int chosen() const;
    /// Names each choice by its number.
    void setChoiceTexts(const std::function<QString(int)> &text);
    /// While running only Stop can be used; else Start where @p canStart, and the choice.
    void setRunning(bool running, bool canStart = true);

private:
    QLabel *m_label = nullptr;
    QComboBox *m_choice = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QHBoxLayout *m_choiceRow = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
};

} // namespace fw
