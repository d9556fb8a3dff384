// Every page in every language, at the default size and in a small window (a 1280x900 screen at 200 % leaves
// 640x450; the small window is as narrow as the wizard can be made): every control has an accessible name, no two
// visible mnemonics share a letter, no text is cut off, and no page is wider than its scroll area shows.
// ctest runs this once at 100 % and once with QT_SCALE_FACTOR=2.
#include "Desktop.h"
#include "Mnemonics.h"
#include "WizardHarness.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>

using namespace fw;
using namespace fw::test;

namespace {

const QSize smallWindow(620, 430);

QString describe(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(60);
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(w->objectName(), text, QString::fromLatin1(w->metaObject()->className()));
}

bool shown(const QWidget *w)
{
    return w->isVisible() && w->window()->isVisible();
}

/// The visible part of @p w in window coordinates: clipped by every scroll area's viewport it sits in.
QRect visibleRect(const QWidget *w)
{
    QRect r(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p->parentWidget())
            && p->objectName() == QLatin1String("qt_scrollarea_viewport"))
            r &= QRect(p->mapTo(w->window(), QPoint(0, 0)), p->size());
    }
    return r;
}

bool insideScrollArea(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QScrollArea *>(p))
            return true;
    }
    return false;
}

/// The three shown widgets of @p area's content with the widest minimum, the likely cause of a content too wide.
QStringList widestInside(const QScrollArea *area)
{
    QList<QPair<int, QString>> widths;
    const QList<QWidget *> children = area->widget()->findChildren<QWidget *>();
    for (const QWidget *child : children) {
        if (child->isVisible() && !child->findChild<QWidget *>())
            widths.append({child->minimumSizeHint().width(), describe(child)});
    }
    std::sort(widths.begin(), widths.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList names;
    for (const auto &[width, name] : widths.mid(0, 3))
        names << QStringLiteral("%1 needs %2").arg(name).arg(width);
    return names;
}

} // namespace

class tst_WizardAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPage_data();
    void everyPage();

private:
    void checkPage(WizardHarness &h, const QString &where, QStringList &problems);
};

void tst_WizardAccessibility::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    quietOffscreenWarnings();
}

void tst_WizardAccessibility::everyPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("product");
    QTest::addColumn<bool>("small");
    for (const char *lang : {"en", "de", "es"}) {
        for (const char *product : {"palisade", "timesensor-legal"}) {
            for (bool small : {false, true}) {
                QTest::addRow("%s %s %s", lang, product, small ? "small" : "default")
                    << QString::fromLatin1(lang) << QString::fromLatin1(product) << small;
            }
        }
    }
}

void tst_WizardAccessibility::checkPage(WizardHarness &h, const QString &where, QStringList &problems)
{
    FirewallWizard &w = h.wizard();
    QCoreApplication::processEvents();
    QMap<QChar, QStringList> mnemonics;
    const QList<QWidget *> widgets = w.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!shown(widget) || widget->window() != &w)
            continue;
        const QString name = describe(widget);
        // Accessible names on everything that takes the keyboard focus.
        if ((widget->focusPolicy() & Qt::TabFocus) && !qobject_cast<QScrollArea *>(widget)
            && widget->objectName() != QLatin1String("qt_scrollarea_viewport")) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                problems << QStringLiteral("%1: %2 has no accessible name").arg(where, name);
        }
        // Mnemonics: buttons, labels with a buddy, tabs.
        QStringList texts;
        if (auto *b = qobject_cast<QAbstractButton *>(widget))
            texts << b->text();
        if (auto *l = qobject_cast<QLabel *>(widget); l && l->buddy())
            texts << l->text();
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        for (const QString &t : std::as_const(texts)) {
            const QChar c = mnemonic::of(t);
            if (!c.isNull())
                mnemonics[c] << t;
        }
        // Nothing cut off: buttons at least as wide as their text, wrapped labels as tall as their text.
        if (auto *b = qobject_cast<QAbstractButton *>(widget)) {
            if (b->width() < b->minimumSizeHint().width() || b->width() + 1 < b->sizeHint().width())
                problems << QStringLiteral("%1: %2 is %3 wide, needs %4")
                                .arg(where, name)
                                .arg(b->width())
                                .arg(b->sizeHint().width());
        }
        if (auto *l = qobject_cast<QLabel *>(widget); l && !l->text().isEmpty()) {
            if (l->wordWrap() && l->heightForWidth(l->width()) > l->height() + 1)
                problems << QStringLiteral("%1: %2 is %3 high, needs %4")
                                .arg(where, name)
                                .arg(l->height())
                                .arg(l->heightForWidth(l->width()));
            if (!l->wordWrap() && l->width() + 1 < l->minimumSizeHint().width())
                problems << QStringLiteral("%1: %2 is %3 wide, needs %4")
                                .arg(where, name)
                                .arg(l->width())
                                .arg(l->minimumSizeHint().width());
        }
        if (auto *c = qobject_cast<QComboBox *>(widget); c && c->width() + 1 < c->sizeHint().width())
            problems << QStringLiteral("%1: %2 is %3 wide, needs %4 for \"%5\"")
                            .arg(where, name)
                            .arg(c->width())
                            .arg(c->sizeHint().width())
                            .arg(c->currentText());
        // A scroll area that cannot scroll sideways shows all of its content's width.
        if (auto *a = qobject_cast<QScrollArea *>(widget); a && a->widget()
            && a->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
            && a->widget()->width() > a->viewport()->width())
            problems << QStringLiteral("%1: %2 shows %3 of its content's %4 pixels' width; widest: %5")
                            .arg(where, name)
                            .arg(a->viewport()->width())
                            .arg(a->widget()->width())
                            .arg(widestInside(a).join(QStringLiteral(", ")));
        // Inside the window, or inside a scroll area that can bring it into view.
        if (!insideScrollArea(widget)
            && !QRect(QPoint(0, 0), w.size()).contains(visibleRect(widget).adjusted(1, 1, -1, -1))
            && !visibleRect(widget).isEmpty())
            problems << QStringLiteral("%1: %2 sticks out of the window").arg(where, name);
    }
    for (auto it = mnemonics.constBegin(); it != mnemonics.constEnd(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: mnemonic '%2' is used by %3")
                            .arg(where, QString(it.key()), it.value().join(QStringLiteral(", ")));
    }
}

void tst_WizardAccessibility::everyPage()
{
    QFETCH(QString, language);
    QFETCH(QString, product);
    QFETCH(bool, small);

    WizardHarness h(language);
    FirewallWizard &w = h.wizard();
    if (small) {
        QVERIFY2(
            w.minimumSizeHint().width() <= smallWindow.width() && w.minimumSizeHint().height() <= smallWindow.height(),
            qPrintable(
                QStringLiteral("minimum %1x%2").arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
    }
    // The sizes themselves, not the screen's: offscreen at 200 % has a 400x300 screen, smaller than any real one.
    // Small: as narrow as the window lets a user make it, and as low as that screen leaves.
    w.resize(small ? QSize(w.minimumSizeHint().width(), smallWindow.height()) : QSize(1040, 720));
    Selection s;
    s.product = product;
    s.role = QStringLiteral("server");
    s.deployment = product == QLatin1String("palisade") ? QString() : QStringLiteral("classic");
    s.options << (product == QLatin1String("palisade") ? QStringLiteral("online-activation") : QStringLiteral("email"));
    w.state().setSelection(s);

    QStringList problems;
    while (true) {
        const QString where = QStringLiteral("%1/%2").arg(language, w.currentPage()->objectName());
        checkPage(h, where, problems);
        if (h.current() == PageId::Options && product == QLatin1String("palisade")) {
            // The license-file report is the longest text: look at the page with it too.
            const QString path = h.dir(QStringLiteral("license.lic"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("SERVER lic01 ANY\nVENDOR Palisade\nBOGUS line\n");
            f.close();
            desktop::setOpenFileNameHook([path] { return path; });
            QTest::mouseClick(h.find<QPushButton>(QStringLiteral("licenseBrowseButton")), Qt::LeftButton);
            desktop::setOpenFileNameHook({});
            checkPage(h, where + QStringLiteral("+license"), problems);
        }
        if (h.current() == PageId::Finish)
            break;
        const PageId before = h.current();
        h.clickNext();
        QVERIFY2(h.current() != before, qPrintable(where));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_WizardAccessibility)
#include "tst_wizardaccessibility.moc"
