#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace fw {

/// The Export page's settings column: one field for each setting of ExportSession (exportSettingSpecs()), with
/// its label, a hint and, beside it, what is wrong with the value (ExportSession::settingProblem()). Only the
/// settings that the formats in view use are shown.
class ExportSettingsForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ExportSettingsForm)

public:
    explicit ExportSettingsForm(QWidget *parent = nullptr);
    ~ExportSettingsForm() override;

    /// The value typed (trimmed) or chosen for @p key; empty: the default.
    QString value(const QString &key) const;
    /// Shows the settings that any of @p formats uses.
    void showFor(const QStringList &formats);
    /// The labels, hints and choices in the current language.
    void retranslate();
    /// The width in which every field shows its whole text (the longest choice, placeholder or word).
    int neededWidth() const;

signals:
    /// @p key was typed or chosen.
    void settingChanged(const QString &key);

private:
    struct Row;
    Row *rowFor(const QString &key);
    void validate(Row &row);

    QLabel *m_heading = nullptr;
    QList<Row> m_rows;
};

} // namespace fw
