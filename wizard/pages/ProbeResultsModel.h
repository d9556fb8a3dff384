#pragma once

#include "probe/CheckSummary.h"

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
        AdviceRole = Qt::UserRole + 1, ///< the advice of the result's group, else probeAdvice(); for a pending row, why
        StatusIdRole,                  ///< probeStatusId(), "pending" or "cancelled"
        ResponderRole,                 ///< bool: our own test responder answered
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
    /// The grouped advice for @p results (CheckSession::advice()): each row of a group shows the group's text.
    void setAdvice(const QList<CheckAdvice> &advice, const ProbeResults &results);
    /// The results that arrived, in the order of the targets.
    ProbeResults results() const;
    /// The result in @p row; status Invalid while pending.
    const ProbeResult &resultAt(int row) const { return m_rows.at(row).result; }
    /// The whole table as plain text with aligned columns, and below it each advice group once (headed by its ports)
    /// and the advice of every other row, in the current language.
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
        int group = -1; ///< index into m_advice; -1: none
    };
    QString text(const Row &row, int column) const;
    QString advice(const Row &row) const;

    QList<Row> m_rows;
    QList<CheckAdvice> m_advice;
};

} // namespace fw
