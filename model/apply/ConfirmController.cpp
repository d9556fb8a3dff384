#include "ConfirmController.h"

#include <algorithm>

namespace fw {

ConfirmController::ConfirmController(std::function<bool(QString *error)> rollback, QObject *parent)
    : QObject(parent), m_rollback(std::move(rollback))
{
    // Ticks come more often than once a second so that the display stays in step with the clock; the seconds are
    // counted from the clock, never from the ticks, which a busy event loop may delay.
    m_timer.setInterval(100);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ConfirmController::tick);
}

void ConfirmController::start(int seconds)
{
    m_pending = true;
    m_rollbackError.clear();
    m_deadlineMs = qint64(std::max(seconds, 1)) * 1000;
    m_lastSecond = -1;
    m_clock.start();
    m_timer.start();
    tick();
}

int ConfirmController::remainingSeconds() const
{
    if (!m_pending)
        return 0;
    const qint64 left = m_deadlineMs - m_clock.elapsed();
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

void ConfirmController::confirm()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_timer.stop();
    emit confirmed();
}

void ConfirmController::rollBackNow()
{
    if (m_pending)
        finishWithRollback();
}

void ConfirmController::tick()
{
    if (!m_pending)
        return;
    const int left = remainingSeconds();
    if (left != m_lastSecond) {
        m_lastSecond = left;
        emit secondsLeft(left);
    }
    // A slot connected to secondsLeft() may have confirmed meanwhile.
    if (m_pending && left == 0)
        finishWithRollback();
}

void ConfirmController::finishWithRollback()
{
    m_pending = false;
    m_timer.stop();
    QString error;
    if (m_rollback && !m_rollback(&error))
        m_rollbackError = error.isEmpty() ? tr("the rollback failed") : error;
    emit rolledBack();
}

} // namespace fw
