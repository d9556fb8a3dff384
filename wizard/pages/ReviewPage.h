#pragma once

#include "PageBase.h"
#include "plan/Plan.h"

#include <memory>

class QModelIndex;

namespace fw {

/// Page 6: the plan as a sortable, copyable table (direction, protocol, ports, program, remote side, why, basis,
/// source), the executables to allow, and the notes.
class ReviewPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(ReviewPage)

public:
    /// The columns of the rules table ("reviewTable").
    enum Column {
        DirectionColumn,
        ProtocolColumn,
        PortsColumn,
        ProgramColumn,
        RemoteColumn,
        WhyColumn,
        BasisColumn,
        SourceColumn,
        ColumnCount
    };
    /// Item data roles of the rules table's model.
    enum Role { SortRole = Qt::UserRole + 1, RuleIdRole, UrlRole };

    explicit ReviewPage(WizardState &state, QWidget *parent = nullptr);
    ~ReviewPage() override;

    bool isComplete() const override;

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillTables();
    void updateColumnWidths();
    void showDetails();
    void copySelectedRows();
    void copyAll();
    void openSource(const QModelIndex &index);

    struct Ui;
    std::unique_ptr<Ui> m_ui;
    Plan m_plan;
    bool m_resolved = false;
};

} // namespace fw
