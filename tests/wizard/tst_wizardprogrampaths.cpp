// The Review page with a product that names its programs by full path: the program column shows each path as
// written and whole, wrapped at its backslashes rather than cut, in every language. FW_SCREENSHOT_DIR=DIR saves the
// page as DIR/review-paths-<lang>.png for a look.
#include "ReviewPage.h"
#include "WizardHarness.h"
#include "plan/PlanResolver.h"

#include <QAbstractItemDelegate>
#include <QDir>
#include <QHeaderView>
#include <QStyleOptionViewItem>
#include <QTableView>

using namespace fw;
using namespace fw::test;

class tst_WizardProgramPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { quietOffscreenWarnings(); }

    void programColumnShowsWholePaths_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *lang : {"en", "de", "es"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void programColumnShowsWholePaths()
    {
        QFETCH(QString, language);
        const QString paths = qEnvironmentVariable("FW_SOURCE_DIR") + QStringLiteral("/tests/export/data/paths");
        const Catalog catalog = Catalog::load({paths});
        QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().value(0).toString()));
        WizardHarness h(language, catalog);
        h.wizard().resize(1000, 700);
        Selection s;
        s.product = QStringLiteral("paths-app");
        s.version = QStringLiteral("7");
        s.role = QStringLiteral("server");
        h.wizard().state().setSelection(s);
        for (int i = 0; i < 8 && h.current() != PageId::Review; ++i)
            h.clickNext();
        QCOMPARE(h.current(), PageId::Review);
        QTest::qWait(50);

        Plan plan;
        SelectionProblems problems;
        QVERIFY(resolvePlan(catalog, s, plan, problems));
        auto *table = h.find<QTableView>(QStringLiteral("reviewTable"));
        QVERIFY(!table->isColumnHidden(ReviewPage::ProgramColumn));
        QAbstractItemDelegate *delegate = table->itemDelegateForColumn(ReviewPage::ProgramColumn);
        if (!delegate)
            delegate = table->itemDelegate();
        QStringList shown;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = table->model()->index(r, ReviewPage::ProgramColumn);
            shown << index.data().toString();
            // What the view paints: the delegate's size for the cell as it is. Wider than the column or taller than
            // the row means a line is cut.
            QStyleOptionViewItem option;
            option.initFrom(table->viewport());
            option.font = table->font();
            option.features = QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasDisplay;
            option.textElideMode = table->textElideMode();
            option.rect = table->visualRect(index);
            const QSize needed = delegate->sizeHint(option, index);
            QVERIFY2(needed.width() <= option.rect.width() && needed.height() <= option.rect.height(),
                qPrintable(QStringLiteral("%1 needs %2x%3 in a cell of %4x%5")
                               .arg(index.data().toString())
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(option.rect.width())
                               .arg(option.rect.height())));
        }
        QStringList expected;
        for (const PlanRule &rule : std::as_const(plan.rules))
            expected << rule.program;
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        QVERIFY(shown.contains(QStringLiteral("%ProgramFiles%\\Autodesk\\Network License Manager\\lmgrd.exe")));
        QVERIFY(shown.contains(QStringLiteral("C:\\Program Files (x86)\\Palisade\\System7\\Palisade.exe")));
        QVERIFY(shown.contains(QStringLiteral("PalFlexServer7.exe")));

        const QImage image = h.wizard().grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("FW_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("review-paths-%1.png").arg(language))));
        }
    }
};

QTEST_MAIN(tst_WizardProgramPaths)
#include "tst_wizardprogrampaths.moc"
