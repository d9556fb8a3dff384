#include <QTest>
class tst_ApplyDaemons : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_ApplyDaemons)
#include "tst_applydaemons.moc"
