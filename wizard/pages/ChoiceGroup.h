#pragma once

#include "catalog/Product.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace fw {

/// Radio buttons for a role or a deployment, each with the catalog's explanation below it. The Role and Deployment
/// pages share it.
class ChoiceGroup : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ChoiceGroup)

public:
    /// @p prefix names the widgets: prefix + id + "Radio" / "Description" ("roleServerRadio").
    explicit ChoiceGroup(const QString &prefix, QWidget *parent = nullptr);

    /// Shows @p choices in @p language, with mnemonics that leave @p taken free; keeps the widgets where the ids
    /// are the same as before.
    void setChoices(const QList<ChoiceDef> &choices, const QString &language, QSet<QChar> taken);
    void setCurrent(const QString &id);
    QString current() const;

signals:
    void chosen(const QString &id);

private:
    struct Row
    {
        QString id;
        QRadioButton *radio = nullptr;
        QLabel *description = nullptr;
    };
    QString m_prefix;
    QVBoxLayout *m_layout = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<Row> m_rows;
};

} // namespace fw
