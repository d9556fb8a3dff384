#pragma once

#include <QObject>
#include <QString>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace fw {

/// The server's address on a client's connectivity check, in rows 0 to 2 of a grid: the label and the field, why
/// the address cannot be tested, and a note when it is not the server the plan names. Enter in the field asks to
/// start the test instead of pressing the wizard's default button (Next).
class ServerAddressField : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ServerAddressField)

public:
    /// Adds the widgets, children of @p parent, to @p grid (label in column 0, the rest in column 1).
    ServerAddressField(QGridLayout *grid, QWidget *parent);

    QLineEdit *edit() const { return m_edit; }
    /// The address typed, without spaces around it.
    QString text() const;
    /// Shows or hides the label and the field (a server's check has no address).
    void setShown(bool shown);
    /// Puts @p planned, the plan's server, into the field when it is not the one put there last.
    void prefill(const QString &planned);
    /// Checks the address: problem() says what is wrong. Where @p shown, says it under the field (unless the field
    /// is empty), and notes when the address is not @p planned.
    void validate(bool shown, const QString &planned);
    /// Why the address cannot be tested; empty when it can.
    const QString &problem() const { return m_problem; }
    /// Repaints every text in the current language.
    void retranslate();

signals:
    void enterPressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_note = nullptr;
    QString m_prefilled; ///< the plan's server last put into the field
    QString m_problem;
};

} // namespace fw
