#pragma once

#include <QString>

namespace fw {

/// One change of the firewall at a time on this machine: apply (with its confirmation window), revert. An flock on
/// a root-owned lock file (machineLockPath()); the kernel releases it when the process ends, however it ends. The
/// file holds the holder's process id and command, so that the one refused can say who holds it. `apply --confirm`
/// takes no lock: the apply it confirms holds it while it waits.
class MachineLock
{
public:
    explicit MachineLock(const QString &path);
    ~MachineLock();
    MachineLock(const MachineLock &) = delete;
    MachineLock &operator=(const MachineLock &) = delete;

    /// Takes the lock for @p command ("apply", "revert"), waiting up to @p waitMs for another holder to finish;
    /// false with @p error (translated) naming the holder's command and process id, or why the file cannot be used.
    bool acquire(const QString &command, int waitMs, QString *error);
    /// Releases the lock (the destructor does too).
    void release();
    bool isHeld() const { return m_fd >= 0; }

private:
    QString m_path;
    int m_fd = -1;
};

/// /run/firewall-wizard.lock: one per machine (and per mount namespace), root's, on a tmpfs that a reboot empties.
QString machineLockPath();

} // namespace fw
