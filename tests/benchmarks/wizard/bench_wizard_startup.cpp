// Cold start to the first painted frame, and peak memory, of the real FirewallWizard against a bare three-page
// QWizard, interleaved in one run. Each start is a fresh child process of this program, so every figure includes
// loading the libraries, the platform plugin and the fonts. A child quits from its first paint: once the paint
// event that starts the first frame has been handled and the frame is flushed (a queued call runs after the whole
// repaint), it prints the time since the parent started it and its peak RSS (VmHWM).
#include "FirewallWizard.h"
#include "catalog/Catalog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// Quits the application after the first frame of the watched window has been painted and flushed.
class FirstPaint : public QObject
{
public:
    FirstPaint(qint64 spawnNs, qint64 mainNs) : m_spawnNs(spawnNs), m_mainNs(mainNs) { }

    /// Notes when a phase of the start ends ("app", "catalog", "wizard", "show"), in ms since main().
    void phase(const char *name)
    {
        m_phases
            += QStringLiteral(" %1=%2").arg(QLatin1String(name)).arg(double(monotonicNs() - m_mainNs) / 1e6, 0, 'f', 2);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    const qint64 now = monotonicNs();
                    std::printf("RESULT %.2f %.2f %ld\nPHASES%s\n", double(now - m_spawnNs) / 1e6,
                        double(now - m_mainNs) / 1e6, peakRssKb(), qPrintable(m_phases));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_spawnNs;
    qint64 m_mainNs;
    bool m_seen = false;
    QString m_phases;
};

int runChild(int argc, char **argv, const QString &kind, qint64 spawnNs, qint64 mainNs)
{
    QApplication app(argc, argv);
    FirstPaint watcher(spawnNs, mainNs);
    watcher.phase("app");
    if (kind == QLatin1String("bare")) {
        // The baseline: what any QWizard costs, with three pages of a title and a label each.
        QWizard wizard;
        for (int i = 1; i <= 3; ++i) {
            auto *page = new QWizardPage;
            page->setTitle(QStringLiteral("Page %1").arg(i));
            page->setSubTitle(QStringLiteral("A bare page"));
            auto *layout = new QVBoxLayout(page);
            layout->addWidget(new QLabel(QStringLiteral("Some text on page %1.").arg(i)));
            wizard.addPage(page);
        }
        watcher.phase("wizard");
        wizard.installEventFilter(&watcher);
        wizard.show();
        watcher.phase("show");
        return QApplication::exec();
    }
    // The real thing, as runWizard() starts it: the built-in catalog, settings, the language.
    const QString language = kind.section(QLatin1Char('-'), 1, 1);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const fw::Catalog catalog = fw::Catalog::builtIn();
    watcher.phase("catalog");
    fw::FirewallWizard wizard(catalog, settings, language);
    watcher.phase("wizard");
    wizard.installEventFilter(&watcher);
    wizard.show();
    watcher.phase("show");
    return QApplication::exec();
}

struct Sample
{
    double spawnMs = 0;
    double mainMs = 0;
    long rssKb = 0;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 mainNs = monotonicNs();
    for (int i = 1; i + 2 < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            return runChild(argc, argv, QString::fromLatin1(argv[i + 1]), QByteArray(argv[i + 2]).toLongLong(), mainNs);
    }

    QCoreApplication app(argc, argv);
    int runs = 15;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    if (at > 0)
        runs = args.value(at + 1).toInt();
    const QStringList kinds {QStringLiteral("bare"), QStringLiteral("real-en"), QStringLiteral("real-de")};
    QMap<QString, QList<Sample>> samples;
    QMap<QString, QMap<QString, QList<double>>> phases; // kind -> phase -> ms since main()
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)"));
    std::printf("platform %s, DISPLAY=%s, %d runs of each, interleaved\n", qPrintable(platform),
        qPrintable(qEnvironmentVariable("DISPLAY")), runs);

    // One warm-up round so that the first measured start does not pay for the disk cache alone.
    for (int r = -1; r < runs; ++r) {
        QStringList order = kinds;
        if (r % 2)
            std::reverse(order.begin(), order.end());
        for (const QString &kind : std::as_const(order)) {
            QProcess child;
            // The children's log lines (language, page) would drown the figures; they are shown only on failure.
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fw.*=false"));
            child.setProcessEnvironment(env);
            const qint64 spawn = monotonicNs();
            child.start(
                QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), kind, QString::number(spawn)});
            if (!child.waitForFinished(30000)) {
                std::fprintf(stderr, "child %s did not finish\n", qPrintable(kind));
                return 1;
            }
            const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
            const QList<QByteArray> parts = lines.value(0).split(' ');
            if (parts.value(0) != "RESULT") {
                std::fprintf(stderr, "child %s printed no result:\n%s\n", qPrintable(kind),
                    child.readAllStandardError().constData());
                return 1;
            }
            if (r < 0)
                continue;
            samples[kind] << Sample {parts.value(1).toDouble(), parts.value(2).toDouble(), parts.value(3).toLong()};
            for (const QByteArray &p : lines.value(1).split(' ')) {
                if (p.contains('='))
                    phases[kind][QString::fromLatin1(p.split('=').value(0))] << p.split('=').value(1).toDouble();
            }
        }
    }

    std::printf("\n%-9s %14s %14s %14s %16s\n", "", "first frame", "min", "in-process", "peak RSS");
    std::printf("%-9s %14s %14s %14s %16s\n", "", "(median ms)", "(ms)", "(median ms)", "(median MB)");
    QMap<QString, double> medians;
    for (const QString &kind : kinds) {
        QList<double> spawn, inProcess, rss;
        for (const Sample &s : samples[kind]) {
            spawn << s.spawnMs;
            inProcess << s.mainMs;
            rss << s.rssKb / 1024.0;
        }
        medians[kind] = median(spawn);
        medians[kind + QStringLiteral("/main")] = median(inProcess);
        std::printf("%-9s %14.1f %14.1f %14.1f %16.1f\n", qPrintable(kind), median(spawn),
            *std::min_element(spawn.begin(), spawn.end()), median(inProcess), median(rss));
    }
    std::printf("\nmedian ms since main() at the end of each phase:\n");
    for (const QString &kind : kinds) {
        std::printf("  %-8s", qPrintable(kind));
        for (const char *name : {"app", "catalog", "wizard", "show"}) {
            const QList<double> v = phases[kind].value(QString::fromLatin1(name));
            if (!v.isEmpty())
                std::printf("  %s %.1f", name, median(v));
        }
        std::printf("  first frame %.1f\n", medians.value(kind + QStringLiteral("/main")));
    }
    std::printf("\nreal-en / bare: %.2fx   real-de / bare: %.2fx   (goal: within 1.5x, under 40 MB)\n",
        medians[QStringLiteral("real-en")] / medians[QStringLiteral("bare")],
        medians[QStringLiteral("real-de")] / medians[QStringLiteral("bare")]);
    return 0;
}
