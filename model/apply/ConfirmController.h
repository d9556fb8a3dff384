#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace fw {

/// Keeps a change only if the admin confirms it in time, like network gear's "commit confirmed": start() begins
/// the countdown, confirm() keeps the change, and when the time runs out (or on rollBackNow()) the rollback given
/// to the constructor runs by itself, so that an admin who has locked themselves out gets their access back.
/// Used by the wizard's apply page and by `apply --confirm-within`.
class ConfirmController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ConfirmController)

public:
    /// @p rollback undoes the change and returns false with a message when it could not.
    explicit ConfirmController(std::function<bool(QString *error)> rollback, QObject *parent = nullptr);

    /// Starts the countdown of @p seconds (at least 1); emits secondsLeft() at once and then every second.
    void start(int seconds);
    /// Keeps the change; emits confirmed(). Ignored unless pending.
    void confirm();
    /// Rolls back now instead of waiting for the end of the countdown.
    void rollBackNow();

    /// True between start() and confirmed() or rolledBack().
    bool isPending() const { return m_pending; }
    /// The whole seconds left, 0 when not pending.
    int remainingSeconds() const;
    /// Why the rollback failed; empty when it worked or has not run.
    QString rollbackError() const { return m_rollbackError; }

signals:
    /// Once a second while pending, counting down to 1, and 0 right before the rollback.
    void secondsLeft(int seconds);
    /// The admin kept the change.
    void confirmed();
    /// The rollback ran; rollbackError() says whether it worked.
    void rolledBack();

private:
    void tick();
    void finishWithRollback();

    std::function<bool(QString *error)> m_rollback;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = 0;
    int m_lastSecond = -1;
    bool m_pending = false;
    QString m_rollbackError;
};

} // namespace fw
