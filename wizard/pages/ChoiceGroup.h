#pragma once

#include "PageBase.h"
#include "catalog/Product.h"
#include "plan/Selection.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace fw {

/// Radio buttons for a role or a deployment, each with the catalog's explanation below it. The Role and Deployment
/// pages show it through ChoicePage.
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

/// What a ChoicePage picks: where its choices and the chosen id live, and how a choice is stored.
struct ChoiceKind
{
    QString prefix;                                             ///< "role": names "rolePage", "roleChoices", "roleHint"
    QList<ChoiceDef> Product::*choices;                         ///< the product's choices of this kind
    QString Selection::*chosen;                                 ///< the chosen id in the selection
    void (WizardState::*choose)(const QString &id);             ///< stores a choice in the state
    const ChoiceDef *(Product::*find)(const QString &id) const; ///< the product's choice with that id, or null
    bool withHint = false;                                      ///< a hint label below the choices
};

/// A page that picks one of the product's choices of one kind (the Role and Deployment pages): an introduction, the
/// choices as a ChoiceGroup and optionally a hint. Subclasses set the texts in retranslateUi() and say where to go
/// next.
class ChoicePage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(ChoicePage)

public:
    ~ChoicePage() override;

    bool isComplete() const override;

protected:
    ChoicePage(WizardState &state, ChoiceKind kind, QWidget *parent);

    void buildUi(QVBoxLayout *layout) override;
    void refresh() override;
    /// The product's name in the catalog's language, empty without a product.
    QString productName() const;
    /// Sets the introduction's and the hint's text once built; call from retranslateUi().
    void setTexts(const QString &intro, const QString &hint = QString());

private:
    struct Ui;
    ChoiceKind m_kind;
    std::unique_ptr<Ui> m_ui;
};

} // namespace fw
