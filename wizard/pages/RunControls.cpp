#include "RunControls.h"

#include "Widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace fw {

RunControls::RunControls(QWidget *parent, const Names &names, const QList<int> &choices, int current)
    : m_label(new QLabel(parent))
    , m_choice(new QComboBox(parent))
    , m_choiceRow(new QHBoxLayout)
    , m_buttonRow(new QHBoxLayout)
{
    m_choice->setObjectName(names.choice);
    m_label->setBuddy(m_choice);
    for (int value : choices)
        m_choice->addItem(QString(), value);
    m_choice->setCurrentIndex(m_choice->findData(current));
    m_start = button(parent, names.start, QStyle::SP_MediaPlay);
    m_stop = button(parent, names.stop, QStyle::SP_MediaStop);
    m_choiceRow->addWidget(m_choice);
    m_choiceRow->addStretch(1);
    m_buttonRow->addWidget(m_start);
    m_buttonRow->addWidget(m_stop);
    m_buttonRow->addStretch(1);
}

int RunControls::chosen() const
{
    return m_choice->currentData().toInt();
}

void RunControls::setChoiceTexts(const std::function<QString(int)> &text)
{
    for (int i = 0; i < m_choice->count(); ++i)
        m_choice->setItemText(i, text(m_choice->itemData(i).toInt()));
}

void RunControls::setRunning(bool running, bool canStart)
{
    m_start->setEnabled(!running && canStart);
    m_stop->setEnabled(running);
    m_choice->setEnabled(!running);
}

} // namespace fw
