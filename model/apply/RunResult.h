#pragma once

#include <QByteArray>
#include <QString>

namespace fw {

/// The outcome of running one external program.
struct RunResult
{
    bool started = false;  ///< false: the program was not found or could not start
    bool timedOut = false; ///< it was killed after the timeout
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    /// True when the program ran to the end and exited with 0.
    bool ok() const { return started && !timedOut && exitCode == 0; }
    /// What went wrong in one line for a message: the tool's own error text, or why it did not run (Host.cpp).
    QString errorText() const;
};

} // namespace fw
