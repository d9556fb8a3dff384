#pragma once

#include "probe/ProbeResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace fw {

/// The rows of a connectivity check for a table view: one per target, pending until its result arrives, so that the
/// table fills in live. Texts are made at data() time in the current language: after a language change,
/// retranslate() repaints every status, advice and header.
class ProbeResultsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(ProbeResultsModel)

public:
    enum Column { StatusColumn, ProtocolColumn, PortColumn, HostColumn, WhatColumn, TimeColumn, ColumnCount };
    enum Role {
        AdviceRole = Qt::UserRole + 1, ///< probeAdvice() for a result, an explanation for a pending row
        StatusIdRole, ///< probeStatusId(), "pending" or "cancelled"
        ResponderRole, ///< bool: our own test responder answered
    };

    explicit ProbeResultsModel(QObject *parent = nullptr);

    /// Starts over with @p targets, each pending.
    void setTargets(const QList<ProbeTarget> &targets);
    /// Fills in the row of the result's target; false when no row has that target.
    bool setResult(const ProbeResult &result);
    /// Marks every row still pending as cancelled.
    void markCancelled();
    /// Removes every row.
    void clear();
    /// The results that arrived, in the order of the targets.
    ProbeResults results() const;
    /// The result in @p row; status Invalid while pending.
    const ProbeResult &resultAt(int row) const { return m_rows.at(row).result; }
    /// The whole table as plain text with aligned columns, and each row's advice below it, in the current language.
    QString plainText() const;
    /// Repaints every text in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ProbeResult result; ///< target always set; status Invalid while pending
        bool cancelled = false;
    };
    QString text(const Row &row, int column) const;
    QString advice(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace fw
