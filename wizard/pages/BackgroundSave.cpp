#include "BackgroundSave.h"

#include <QElapsedTimer>
#include <QThread>

namespace fw {

/// The input, copied for the thread, and what it reports back (read only after QThread::finished).
struct BackgroundSave::Job
{
    Plan plan;
    ExportContext context;
    QString format;
    QString path;
    SaveOutcome outcome;
    qint64 millis = 0;
};

BackgroundSave::BackgroundSave(QObject *parent) : QObject(parent) { }

BackgroundSave::~BackgroundSave()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundSave::start(const Plan &plan, const ExportContext &context, const QString &format, const QString &path)
{
    if (m_thread)
        return false;
    m_job = std::make_shared<Job>(Job {plan, context, format, path, {}, 0});
    // QTextDocument and painting on a QPdfWriter are reentrant (Qt's "Thread-Support in Qt Modules"), and the job
    // holds copies of everything it reads, so the GUI stays free while the pages are laid out.
    m_thread = QThread::create([job = m_job] {
        QElapsedTimer timer;
        timer.start();
        job->outcome = ExportSession::renderAndSave(job->plan, job->context, job->format, job->path);
        job->millis = timer.elapsed();
    });
    m_thread->setObjectName(QStringLiteral("backgroundSave"));
    connect(m_thread, &QThread::finished, this, [this] { threadFinished(); });
    m_thread->start();
    return true;
}

void BackgroundSave::threadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    emit finished(job->outcome, job->millis);
}

} // namespace fw
