#include "ProbeResultsModel.h"

#include "plan/PlanText.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace fw {

ProbeResultsModel::ProbeResultsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProbeResultsModel::setTargets(const QList<ProbeTarget> &targets)
{
    beginResetModel();
    m_rows.clear();
    m_advice.clear();
    m_rows.reserve(targets.size());
    for (const ProbeTarget &t : targets) {
        Row row;
        row.result.target = t;
        m_rows << row;
    }
    endResetModel();
}

bool ProbeResultsModel::setResult(const ProbeResult &result)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).result.target == result.target) {
            m_rows[i].result = result;
            m_rows[i].cancelled = false;
            m_rows[i].group = -1;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return true;
        }
    }
    return false;
}

void ProbeResultsModel::markCancelled()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).result.status == ProbeStatus::Invalid && !m_rows.at(i).cancelled) {
            m_rows[i].cancelled = true;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void ProbeResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_advice.clear();
    endResetModel();
}

void ProbeResultsModel::setAdvice(const QList<CheckAdvice> &advice, const ProbeResults &results)
{
    m_advice = advice;
    for (Row &row : m_rows) {
        row.group = -1;
        for (int g = 0; g < advice.size() && row.group < 0; ++g) {
            for (int i : advice.at(g).results) {
                if (results.value(i).target == row.result.target)
                    row.group = g;
            }
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

ProbeResults ProbeResultsModel::results() const
{
    ProbeResults out;
    for (const Row &row : m_rows) {
        if (row.result.status != ProbeStatus::Invalid)
            out << row.result;
    }
    return out;
}

void ProbeResultsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ProbeResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProbeResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProbeResultsModel::text(const Row &row, int column) const
{
    const ProbeResult &r = row.result;
    switch (column) {
    case StatusColumn:
        if (r.status == ProbeStatus::Invalid)
            return row.cancelled ? tr("not tested (cancelled)") : tr("testing…");
        if (r.status == ProbeStatus::Open && r.responder)
            //: %1 is the status "open"; the test responder of this program answered
            return tr("%1, test responder").arg(probeStatusLabel(r.status));
        return probeStatusLabel(r.status);
    case ProtocolColumn:
        return protocolLabel(r.target.protocol);
    case PortColumn:
        return QString::number(r.target.port);
    case HostColumn:
        if (!r.address.isEmpty() && r.address != r.target.host)
            return QStringLiteral("%1 (%2)").arg(r.target.host, r.address);
        return r.target.host;
    case WhatColumn:
        switch (r.target.kind) {
        case ProbeKind::ServerPort:
            //: what a probe tests: a port the server must accept connections on
            return tr("inbound on the server");
        case ProbeKind::OutboundService:
            //: what a probe tests: a service outside that this machine connects to
            return tr("outbound from this machine");
        case ProbeKind::Invalid:
            break;
        }
        return QString();
    case TimeColumn:
        if (r.status == ProbeStatus::Invalid)
            return QString();
        //: milliseconds a probe took
        return tr("%1 ms").arg(r.millis);
    default:
        break;
    }
    return QString();
}

QString ProbeResultsModel::advice(const Row &row) const
{
    if (row.group >= 0)
        return m_advice.at(row.group).text;
    if (row.result.status != ProbeStatus::Invalid)
        return probeAdvice(row.result);
    const QString what = QStringLiteral("%1 %2").arg(probeEndpointLabel(row.result.target), row.result.target.host);
    if (row.cancelled)
        return tr("%1 was not tested: the test was cancelled before it had an answer. Start the test again to "
                  "see its result.")
            .arg(what);
    return tr("%1 is being tested; its result shows here as soon as it is known.").arg(what);
}

QVariant ProbeResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const ProbeResult &r = row.result;
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
    case AdviceRole:
        return advice(row);
    case Qt::DecorationRole: {
        if (index.column() != StatusColumn)
            return QVariant();
        QStyle *style = QApplication::style();
        if (r.status == ProbeStatus::Invalid)
            return style->standardIcon(row.cancelled ? QStyle::SP_DialogCancelButton : QStyle::SP_BrowserReload);
        if (r.status == ProbeStatus::Open)
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        if (r.status == ProbeStatus::OpenOrFiltered)
            return style->standardIcon(QStyle::SP_MessageBoxQuestion);
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == PortColumn || index.column() == TimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case StatusIdRole:
        if (r.status == ProbeStatus::Invalid)
            return row.cancelled ? QStringLiteral("cancelled") : QStringLiteral("pending");
        return probeStatusId(r.status);
    case ResponderRole:
        return r.responder;
    default:
        break;
    }
    return QVariant();
}

QVariant ProbeResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case ProtocolColumn:
        return tr("Protocol");
    case PortColumn:
        return tr("Port");
    case HostColumn:
        return tr("Host");
    case WhatColumn:
        //: column: which way the tested connection goes
        return tr("Direction");
    case TimeColumn:
        //: column: how long a probe took
        return tr("Time");
    default:
        break;
    }
    return QVariant();
}

QString ProbeResultsModel::plainText() const
{
    QList<QStringList> lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header;
    for (const Row &row : m_rows) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << text(row, c);
        lines << cells;
    }
    QList<int> widths(ColumnCount, 0);
    for (const QStringList &cells : std::as_const(lines)) {
        for (int c = 0; c < ColumnCount; ++c)
            widths[c] = std::max(widths.at(c), int(cells.at(c).size()));
    }
    QString out;
    for (const QStringList &cells : std::as_const(lines)) {
        QString line;
        for (int c = 0; c < ColumnCount; ++c) {
            const bool right = c == PortColumn || c == TimeColumn;
            line += right ? cells.at(c).rightJustified(widths.at(c)) : cells.at(c).leftJustified(widths.at(c));
            line += QStringLiteral("  ");
        }
        out += line.trimmed() + QLatin1Char('\n');
    }
    if (!m_rows.isEmpty())
        out += QLatin1Char('\n');
    QList<bool> shown(m_advice.size(), false);
    for (const Row &row : m_rows) {
        QString endpoints = probeEndpointLabel(row.result.target);
        if (row.group >= 0) {
            if (shown.at(row.group))
                continue;
            shown[row.group] = true;
            QList<ProbeTarget> targets;
            for (const Row &other : m_rows) {
                if (other.group == row.group)
                    targets << other.result.target;
            }
            endpoints = probeEndpointsLabel(targets);
        }
        out += QStringLiteral("%1 %2: %3\n").arg(endpoints, row.result.target.host, advice(row));
    }
    return out;
}

} // namespace fw
