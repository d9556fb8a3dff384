// Not a test: grabs every page of the wizard as PNG files, for looking at layouts in each language and scale.
//   wizard_screenshots OUTDIR [LANG] [SCENARIO]
// SCENARIO: palisade-client (default), palisade-server, timesensor-365-client, timesensor-classic-server
#include "Desktop.h"
#include "FirewallWizard.h"
#include "PageId.h"
#include "catalog/Catalog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString out = args.value(1, QStringLiteral("."));
    const QString lang = args.value(2, QStringLiteral("en"));
    const QString scenario = args.value(3, QStringLiteral("palisade-client"));
    QDir().mkpath(out);
    QTemporaryDir tmp;
    QSettings settings(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const Catalog catalog = Catalog::builtIn();
    FirewallWizard wizard(catalog, settings, lang);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 2;

    Selection s;
    if (scenario.startsWith(QLatin1String("palisade"))) {
        s.product = QStringLiteral("palisade");
        s.version = QStringLiteral("7");
        s.role = scenario.endsWith(QLatin1String("server")) ? QStringLiteral("server") : QStringLiteral("client");
        if (s.role == QLatin1String("server"))
            s.options << QStringLiteral("online-activation");
        else
            s.values.insert(QStringLiteral("server"), QStringLiteral("lic01.example.com"));
    } else {
        s.product = QStringLiteral("timesensor-legal");
        s.deployment = scenario.contains(QLatin1String("365")) ? QStringLiteral("365") : QStringLiteral("classic");
        s.role = scenario.endsWith(QLatin1String("server")) ? QStringLiteral("server") : QStringLiteral("client");
        s.options << QStringLiteral("email");
    }
    wizard.state().setSelection(s);

    int n = 0;
    const auto shoot = [&](const QString &suffix = QString()) {
        QTest::qWait(150);
        const QString name = QStringLiteral("%1/%2-%3-%4-%5%6.png")
                                 .arg(out, scenario, lang)
                                 .arg(n++, 2, 10, QLatin1Char('0'))
                                 .arg(wizard.currentPage()->objectName(), suffix);
        wizard.grab().save(name);
        printf("%s\n", qPrintable(name));
    };
    while (true) {
        shoot();
        if (wizard.currentId() == toInt(PageId::Options) && s.product == QLatin1String("palisade")) {
            const QString lic = tmp.filePath(QStringLiteral("license.lic"));
            QFile f(lic);
            f.open(QIODevice::WriteOnly);
            f.write("SERVER lic01 0019b9a7c5e1 27000\nVENDOR Palisade\nFEATURE x Palisade 1.0 permanent 5 SIGN=0\n");
            f.close();
            desktop::setOpenFileNameHook([lic] { return lic; });
            wizard.button(QWizard::CustomButton1)
                ->parentWidget()
                ->findChild<QAbstractButton *>(QStringLiteral("licenseBrowseButton"))
                ->click();
            if (auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("valueLmgrdPortEdit"))) {
                edit->setFocus();
                QTest::keyClicks(edit, QStringLiteral("9")); // 270009: shows the reason beside the field
            }
            shoot(QStringLiteral("-license"));
            if (auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("valueLmgrdPortEdit")))
                QTest::keyClick(edit, Qt::Key_Backspace);
        }
        if (wizard.currentId() == toInt(PageId::Finish))
            break;
        const int before = wizard.currentId();
        wizard.next();
        if (wizard.currentId() == before) {
            printf("stuck on page %d\n", before);
            return 1;
        }
    }
    return 0;
}
