#pragma once

#include "export/ExportSession.h"

#include <QObject>

#include <memory>

class QThread;

namespace fw {

/// Renders and saves one export on a worker thread (ExportSession::renderAndSave()), for the PDF checklist, which
/// takes long enough to lay out that the GUI would stall. Holds copies of everything the thread reads.
class BackgroundSave : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(BackgroundSave)

public:
    explicit BackgroundSave(QObject *parent = nullptr);
    /// Waits for the thread: it never outlives the program's objects.
    ~BackgroundSave() override;

    /// Starts saving @p format of @p plan as @p path; false while another save runs.
    bool start(const Plan &plan, const ExportContext &context, const QString &format, const QString &path);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    /// The save ended; @p outcome says whether the file was saved, and why not.
    void finished(const fw::SaveOutcome &outcome, qint64 millis);

private:
    void threadFinished();

    struct Job;
    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
};

} // namespace fw
