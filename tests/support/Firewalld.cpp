#include "Firewalld.h"

#include "Run.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace fw::test {

namespace {

const char *const kBusConfig = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
)";

} // namespace

Firewalld::Firewalld(const QStringList &prefix, const QString &folder) : m_prefix(prefix), m_folder(folder) { }

Firewalld::~Firewalld()
{
    stop();
}

QStringList Firewalld::tools()
{
    return {QStringLiteral("firewalld"), QStringLiteral("firewall-cmd"), QStringLiteral("dbus-daemon")};
}

bool Firewalld::start(QString *error)
{
    stop();
    const QString socket = m_folder + QStringLiteral("/bus");
    const QString config = m_folder + QStringLiteral("/dbus.conf");
    const QString log = m_folder + QStringLiteral("/firewalld.log");
    QFile::remove(socket);
    if (!writeFile(config, QString::fromLatin1(kBusConfig).arg(socket).toUtf8())) {
        *error = QStringLiteral("cannot write the D-Bus configuration %1").arg(config);
        return false;
    }
    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    prepare(*m_bus,
        m_prefix
            + QStringList {
                QStringLiteral("dbus-daemon"), QStringLiteral("--nofork"), QStringLiteral("--config-file=") + config});
    m_bus->start();
    QElapsedTimer clock;
    clock.start();
    while (!QFile::exists(socket) && clock.elapsed() < 15000)
        QThread::msleep(50);
    if (!QFile::exists(socket)) {
        *error = QStringLiteral("dbus-daemon did not start");
        return false;
    }
    m_address = QStringLiteral("unix:path=") + socket;
    const QStringList env = QStringList {QStringLiteral("env")} + environment();
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessChannelMode(QProcess::MergedChannels);
    m_daemon->setStandardOutputFile(log);
    prepare(*m_daemon,
        m_prefix + env
            + QStringList {QStringLiteral("firewalld"), QStringLiteral("--nofork"), QStringLiteral("--nopid"),
                QStringLiteral("--log-target"), QStringLiteral("console")});
    m_daemon->start();
    clock.restart();
    while (clock.elapsed() < 60000) {
        QByteArray out;
        if (run(m_prefix + env + QStringList {QStringLiteral("firewall-cmd"), QStringLiteral("--state")}, &out, {},
                20000)
                == 0
            && out.trimmed() == "running")
            return true;
        if (m_daemon->state() == QProcess::NotRunning)
            break;
        QThread::msleep(300);
    }
    *error = QStringLiteral("firewalld did not start: ") + QString::fromUtf8(readFile(log).right(2000));
    return false;
}

void Firewalld::stop()
{
    fw::test::stop(m_daemon);
    fw::test::stop(m_bus);
    m_address.clear();
}

bool Firewalld::running() const
{
    return m_daemon && m_daemon->state() != QProcess::NotRunning;
}

QStringList Firewalld::environment() const
{
    if (m_address.isEmpty())
        return {};
    return {QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS=") + m_address};
}

} // namespace fw::test
