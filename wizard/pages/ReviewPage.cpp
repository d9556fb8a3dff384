#include "ReviewPage.h"

#include "Desktop.h"
#include "Widgets.h"
#include "WizardState.h"
#include "catalog/Catalog.h"
#include "plan/PlanText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

Q_LOGGING_CATEGORY(lcReview, "fw.wizard.review")

namespace {

/// A program's path with a break opportunity (a zero-width space) after each backslash: a full path then wraps at
/// its folders instead of being cut, while the model keeps the path as written for copying.
QString breakablePath(QString path)
{
    return path.replace(QLatin1Char('\\'), QStringLiteral("\\\u200B"));
}

/// Paints the program column with breakablePath().
class ProgramPathDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = breakablePath(option->text);
    }
};

QTableWidget *textTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(2);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return table;
}

/// Tab-separated rows for pasting into a spreadsheet or a mail: line breaks and tabs inside cells become spaces.
QString toTsv(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row) {
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << cell;
        }
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

struct ReviewPage::Ui
{
    QLabel *problems = nullptr;
    QTabWidget *tabs = nullptr;
    QTableView *rules = nullptr;
    QStandardItemModel *rulesModel = nullptr;
    QSortFilterProxyModel *rulesProxy = nullptr;
    QLabel *legend = nullptr;
    QLabel *details = nullptr; ///< the current rule's reason, in a window too narrow for the reason column
    bool narrow = false;
    QTableWidget *executables = nullptr;
    QTableWidget *notes = nullptr;
    QPushButton *copyAll = nullptr;
    QAction *copyRows = nullptr;
    QAction *copyAllAction = nullptr;
};

ReviewPage::ReviewPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::NoScroll, parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    // Only while shown: the Options page changes the selection at every key press, and entering this page
    // refreshes it anyway.
    connect(&state, &WizardState::selectionChanged, this, [this] {
        if (isBuilt() && isVisible())
            refresh();
    });
}

ReviewPage::~ReviewPage() = default;

bool ReviewPage::isComplete() const
{
    return m_resolved;
}

void ReviewPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->problems = new QLabel(this);
    m_ui->problems->setObjectName(QStringLiteral("reviewProblems"));
    m_ui->problems->setWordWrap(true);
    m_ui->problems->hide();
    layout->addWidget(m_ui->problems);

    m_ui->tabs = new QTabWidget(this);
    m_ui->tabs->setObjectName(QStringLiteral("reviewTabs"));
    layout->addWidget(m_ui->tabs, 1);

    auto *rulesTab = new QWidget(m_ui->tabs);
    auto *rulesLayout = new QVBoxLayout(rulesTab);
    m_ui->rulesModel = new QStandardItemModel(0, ColumnCount, this);
    m_ui->rulesProxy = new QSortFilterProxyModel(this);
    m_ui->rulesProxy->setSourceModel(m_ui->rulesModel);
    m_ui->rulesProxy->setSortRole(SortRole);
    m_ui->rulesProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->rules = new QTableView(rulesTab);
    m_ui->rules->setObjectName(QStringLiteral("reviewTable"));
    m_ui->rules->setModel(m_ui->rulesProxy);
    m_ui->rules->setSortingEnabled(true);
    m_ui->rules->sortByColumn(-1, Qt::AscendingOrder); // catalog order until the admin sorts
    m_ui->rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->rules->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->rules->setWordWrap(true);
    m_ui->rules->setTextElideMode(Qt::ElideMiddle);
    m_ui->rules->setAlternatingRowColors(true);
    m_ui->rules->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_ui->rules->verticalHeader()->hide();
    m_ui->rules->installEventFilter(this);
    m_ui->rules->setItemDelegateForColumn(ProgramColumn, new ProgramPathDelegate(m_ui->rules));
    QHeaderView *header = m_ui->rules->horizontalHeader();
    header->setSectionsClickable(true);
    for (int c : {DirectionColumn, ProtocolColumn, PortsColumn, BasisColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {ProgramColumn, RemoteColumn, WhyColumn, SourceColumn})
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    rulesLayout->addWidget(m_ui->rules, 1);
    m_ui->details = new QLabel(rulesTab);
    m_ui->details->setObjectName(QStringLiteral("ruleDetails"));
    m_ui->details->setWordWrap(true);
    m_ui->details->setTextFormat(Qt::RichText);
    m_ui->details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ui->details->hide();
    rulesLayout->addWidget(m_ui->details);
    m_ui->legend = new QLabel(rulesTab);
    m_ui->legend->setObjectName(QStringLiteral("reviewLegend"));
    m_ui->legend->setWordWrap(true);
    rulesLayout->addWidget(m_ui->legend);
    m_ui->tabs->addTab(rulesTab, QString());

    m_ui->executables = textTable(m_ui->tabs, QStringLiteral("executablesTable"));
    m_ui->tabs->addTab(m_ui->executables, QString());
    m_ui->notes = textTable(m_ui->tabs, QStringLiteral("notesTable"));
    m_ui->tabs->addTab(m_ui->notes, QString());

    // In the tab bar's corner, not on a row of its own: small windows need every line for the table.
    m_ui->copyAll = plainButton(m_ui->tabs, QStringLiteral("copyPlanButton"));
    m_ui->tabs->setCornerWidget(m_ui->copyAll, Qt::TopRightCorner);

    m_ui->copyRows = new QAction(m_ui->rules);
    m_ui->copyRows->setShortcut(QKeySequence::Copy);
    m_ui->copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_ui->copyAllAction = new QAction(m_ui->rules);
    m_ui->rules->addAction(m_ui->copyRows);
    m_ui->rules->addAction(m_ui->copyAllAction);
    m_ui->rules->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_ui->copyRows, &QAction::triggered, this, [this] { copySelectedRows(); });
    connect(m_ui->copyAllAction, &QAction::triggered, this, [this] { copyAll(); });
    connect(m_ui->copyAll, &QPushButton::clicked, this, [this] { copyAll(); });
    connect(m_ui->rules->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showDetails(); });
    connect(m_ui->rules, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == SourceColumn)
            openSource(index);
    });
    // Wrapped "why" texts need new row heights whenever the columns change width.
    connect(header, &QHeaderView::sectionResized, m_ui->rules, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    connect(m_ui->executables->horizontalHeader(), &QHeaderView::sectionResized, m_ui->executables,
        &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    connect(m_ui->notes->horizontalHeader(), &QHeaderView::sectionResized, m_ui->notes,
        &QTableView::resizeRowsToContents, Qt::QueuedConnection);
}

void ReviewPage::retranslateUi()
{
    setTitle(tr("Review"));
    if (m_resolved)
        setSubTitle(tr("What the firewall must allow for %1. Each rule says why it is needed and where the fact "
                       "comes from.")
                        .arg(planTitle(m_plan, language())));
    else
        setSubTitle(tr("What the firewall must allow, with the reason for each rule and where the fact comes from."));
    if (!m_ui)
        return;
    m_ui->tabs->setAccessibleName(tr("Rules, executables and notes"));
    m_ui->rules->setAccessibleName(tr("Rules"));
    m_ui->executables->setAccessibleName(tr("Executables to allow"));
    m_ui->notes->setAccessibleName(tr("Notes and advice"));
    m_ui->legend->setText(tr("In italics: derived rules, not the vendor's own statement (the notes explain). Click a "
                             "source to open it; Ctrl+C copies the selected rules."));
    m_ui->copyAll->setText(tr("&Copy all as text"));
    m_ui->copyAll->setToolTip(tr("Copies the rules, the executables, the notes and the sources as plain text."));
    m_ui->copyRows->setText(tr("Copy the selected rules"));
    m_ui->copyAllAction->setText(tr("Copy all as text"));
    m_ui->rulesModel->setHorizontalHeaderLabels({tr("Direction"), tr("Protocol"), tr("Ports"), tr("Program"),
        tr("Remote side"), tr("Why"), tr("Basis"), tr("Source")});
    m_ui->executables->setHorizontalHeaderLabels({tr("Program"), tr("Why")});
    m_ui->notes->setHorizontalHeaderLabels({tr("Kind"), tr("Note")});
}

void ReviewPage::refresh()
{
    SelectionProblems problems;
    Plan plan;
    const bool resolved = state().resolve(plan, problems);
    const bool changed = resolved != m_resolved || !resolved || !(plan.selection == m_plan.selection);
    m_resolved = resolved;
    m_plan = resolved ? plan : Plan();
    if (resolved && changed)
        qCInfo(lcReview, "plan: %s, %lld rules", qPrintable(planTitle(m_plan, QStringLiteral("en"))),
            static_cast<long long>(m_plan.rules.size()));
    retranslateUi();
    if (!m_ui)
        return;
    QStringList lines;
    for (const SelectionProblem &p : problems)
        lines << p.toString();
    m_ui->problems->setText(tr("The plan cannot be worked out: %1. Go back and complete your choices.")
                                .arg(lines.join(QStringLiteral("; "))));
    m_ui->problems->setVisible(!resolved);
    fillTables();
    emit completeChanged();
}

void ReviewPage::fillTables()
{
    const QString lang = language();
    const Product *product = state().product();
    m_ui->rulesModel->removeRows(0, m_ui->rulesModel->rowCount());
    for (const PlanRule &rule : std::as_const(m_plan.rules)) {
        QString why = rule.purpose.in(lang);
        if (!rule.option.isEmpty()) {
            const OptionDef *option = product ? product->option(rule.option) : nullptr;
            //: appended to a rule's reason; %1 is an optional feature ("E-mail interface")
            why += QLatin1Char(' ') + tr("(only with: %1)").arg(option ? option->label.in(lang) : rule.option);
        }
        const SourceDef *source = m_plan.source(rule.source);
        const QUrl url(source ? source->url : QString());
        QList<QStandardItem *> row;
        const auto cell = [&row](const QString &text, const QVariant &sortKey) {
            auto *item = new QStandardItem(text);
            item->setData(sortKey, SortRole);
            item->setToolTip(text);
            row << item;
            return item;
        };
        cell(directionLabel(rule.direction), directionLabel(rule.direction))->setData(rule.id, RuleIdRole);
        cell(protocolLabel(rule.protocol), protocolLabel(rule.protocol));
        cell(portsLabel(rule.ports), rule.ports.isEmpty() ? 0 : rule.ports.first().from);
        cell(rule.program.isEmpty() ? QStringLiteral("–") : rule.program, rule.program);
        cell(remoteLabel(rule), remoteLabel(rule));
        cell(why, why);
        //: basis of a rule: stated in the vendor's article, or derived by the catalog from other documents
        const QString basis = rule.derived ? tr("derived", "basis") : tr("vendor", "basis");
        cell(basis, basis);
        QStandardItem *sourceItem = cell(url.host().isEmpty() ? rule.source : url.host(), url.host());
        sourceItem->setData(url, UrlRole);
        if (source)
            sourceItem->setToolTip(QStringLiteral("%1\n%2").arg(source->title, source->url));
        QFont link = m_ui->rules->font();
        link.setUnderline(true);
        sourceItem->setFont(link);
        sourceItem->setForeground(m_ui->rules->palette().brush(QPalette::Link));
        if (rule.derived) {
            for (QStandardItem *item : std::as_const(row)) {
                QFont f = item->data(Qt::FontRole).isValid() ? item->font() : m_ui->rules->font();
                f.setItalic(true);
                item->setFont(f);
            }
        }
        m_ui->rulesModel->appendRow(row);
    }
    // A product whose vendor names no programs (timeSensor) needs no column of dashes.
    bool anyProgram = false;
    for (const PlanRule &rule : std::as_const(m_plan.rules))
        anyProgram = anyProgram || !rule.program.isEmpty();
    m_ui->rules->setColumnHidden(ProgramColumn, !anyProgram);
    updateColumnWidths();

    m_ui->executables->setRowCount(int(m_plan.executables.size()));
    for (int i = 0; i < m_plan.executables.size(); ++i) {
        const PlanExecutable &e = m_plan.executables[i];
        m_ui->executables->setItem(i, 0, new QTableWidgetItem(e.name));
        m_ui->executables->setItem(i, 1, new QTableWidgetItem(e.purpose.in(lang)));
    }
    m_ui->executables->resizeRowsToContents();
    m_ui->notes->setRowCount(int(m_plan.notes.size()));
    for (int i = 0; i < m_plan.notes.size(); ++i) {
        const PlanNote &n = m_plan.notes[i];
        m_ui->notes->setItem(i, 0, new QTableWidgetItem(noteKindLabel(n.kind)));
        m_ui->notes->setItem(i, 1, new QTableWidgetItem(n.text.in(lang)));
    }
    m_ui->notes->resizeRowsToContents();

    m_ui->tabs->setTabText(0, tr("&Rules (%1)").arg(m_plan.rules.size()));
    m_ui->tabs->setTabText(1, tr("&Executables (%1)").arg(m_plan.executables.size()));
    m_ui->tabs->setTabText(2, tr("N&otes (%1)").arg(m_plan.notes.size()));
}

void ReviewPage::updateColumnWidths()
{
    if (!m_ui)
        return;
    // Program, remote side and source fit their contents up to a limit and wrap beyond it; the reason takes the rest.
    // Where the rest is too narrow to read (a small window at 200 %), the reason and the basis leave the table for a
    // line below it that explains the current rule.
    QTableView *table = m_ui->rules;
    const int chars = table->fontMetrics().averageCharWidth();
    // A program's path wraps after its backslashes: its column is at least as wide as the widest folder name.
    int widestPart = 0;
    for (const PlanRule &rule : std::as_const(m_plan.rules)) {
        for (const QString &part : rule.program.split(QLatin1Char('\\')))
            widestPart = std::max(widestPart, table->fontMetrics().horizontalAdvance(part + QLatin1Char('\\')));
    }
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) + chars;
    for (int c : {ProgramColumn, RemoteColumn, SourceColumn}) {
        table->resizeColumnToContents(c);
        const int limit
            = c == ProgramColumn ? std::max(chars * 26, std::min(widestPart + margins, chars * 60)) : chars * 26;
        table->setColumnWidth(c, std::min(table->columnWidth(c), limit));
    }
    int others = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != WhyColumn && c != BasisColumn && !table->isColumnHidden(c))
            others += table->columnWidth(c);
    }
    table->resizeColumnToContents(BasisColumn);
    const int room = table->viewport()->width() - others - table->columnWidth(BasisColumn);
    // Some slack between the two thresholds, so that a scroll bar coming or going cannot make it flip back and forth.
    const bool narrow = m_ui->narrow ? room < chars * 36 : room < chars * 30;
    m_ui->narrow = narrow;
    table->setColumnHidden(WhyColumn, narrow);
    table->setColumnHidden(BasisColumn, narrow);
    m_ui->details->setVisible(narrow && !m_plan.rules.isEmpty());
    if (!narrow)
        table->setColumnWidth(WhyColumn, room);
    table->resizeRowsToContents();
    showDetails();
}

void ReviewPage::showDetails()
{
    if (!m_ui || !m_ui->narrow)
        return;
    QModelIndex current = m_ui->rules->currentIndex();
    if (!current.isValid())
        current = m_ui->rulesProxy->index(0, 0);
    if (!current.isValid()) {
        m_ui->details->clear();
        return;
    }
    const QString why = current.sibling(current.row(), WhyColumn).data().toString();
    const QString basis = current.sibling(current.row(), BasisColumn).data().toString();
    //: below the rules table in a narrow window: the current rule's reason and its basis ("vendor" or "derived")
    m_ui->details->setText(tr("<b>Why (%1):</b> %2").arg(basis.toHtmlEscaped(), why.toHtmlEscaped()));
}

void ReviewPage::copySelectedRows()
{
    const QModelIndexList selected = m_ui->rules->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        copyAll();
        return;
    }
    QList<int> rows;
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<QStringList> lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << m_ui->rulesProxy->headerData(c, Qt::Horizontal).toString();
    lines << header;
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            const QModelIndex index = m_ui->rulesProxy->index(r, c);
            cells << (c == SourceColumn ? index.data(UrlRole).toUrl().toString() : index.data().toString());
        }
        lines << cells;
    }
    QApplication::clipboard()->setText(toTsv(lines));
}

void ReviewPage::copyAll()
{
    if (m_resolved)
        QApplication::clipboard()->setText(planToText(m_plan, language()));
}

void ReviewPage::openSource(const QModelIndex &index)
{
    const QUrl url = index.sibling(index.row(), SourceColumn).data(UrlRole).toUrl();
    if (!url.isValid() || url.isEmpty())
        return;
    qCInfo(lcReview, "opening source %s", qPrintable(url.toString()));
    desktop::openUrl(url);
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_ui && watched == m_ui->rules && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(
            this, [this] { updateColumnWidths(); }, Qt::QueuedConnection);
    // Enter on a source opens it; the event must not reach the wizard, whose default button would go on.
    if (m_ui && watched == m_ui->rules && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_ui->rules->currentIndex();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && current.isValid() && current.column() == SourceColumn) {
            openSource(current);
            return true;
        }
    }
    return PageBase::eventFilter(watched, event);
}

} // namespace fw
