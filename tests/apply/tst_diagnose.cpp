#include <QTest>
class tst_Diagnose : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_Diagnose)
#include "tst_diagnose.moc"
