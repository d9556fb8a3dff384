#pragma once

#include <QString>

class QGridLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace fw {

struct ValueDef;

/// One value of the Options page in its grid: the label, the field, a status line beside the field (what is wrong,
/// in red, or what happens, in grey), the catalog's description below it and, for a value that a license file's
/// PORT= gives, how to pin that port. The page owns the texts; this owns the widgets and their layout.
class ValueField
{
    Q_DISABLE_COPY(ValueField)

public:
    /// What a status line says: that something is wrong, or only what happens (like a placeholder).
    enum class Tone { Invalid, Error, Note };

    /// Adds the widgets for @p def to @p grid from row @p gridRow on, and moves @p gridRow past them.
    ValueField(const ValueDef &def, QGridLayout *grid, int &gridRow, QWidget *parent);
    ~ValueField();

    QString id() const { return m_id; }
    QLabel *label() const { return m_label; }
    QLineEdit *edit() const { return m_edit; }
    QLabel *description() const { return m_description; }
    /// The label for the how-to-pin text; nullptr where the value has none.
    QLabel *hint() const { return m_hint; }

    void setShown(bool shown);
    /// Shows @p text, the value in use, unless the field holds it already (perhaps with spaces around it, as typed).
    void showText(const QString &text);
    /// Says @p message beside the field (empty: nothing) in @p tone; screen readers get it, else @p description.
    void setStatus(const QString &message, Tone tone, const QString &description);

    /// Colours @p label for @p tone, readable on light and dark palettes.
    static void setTone(QLabel *label, Tone tone);

private:
    QString m_id;
    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace fw
