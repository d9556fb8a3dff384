#pragma once

// Runs a check that must not hang (reading a FIFO, a device) on a thread of its own and waits a bounded time. A
// read that blocks cannot be stopped from outside, so where it does not finish the test process ends with a
// message instead of hanging until ctest's timeout.
#include <QElapsedTimer>
#include <QThread>
#include <QtGlobal>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace fw::test {

template<typename F>
void finishWithin(int milliseconds, const char *what, F &&work)
{
    std::atomic<bool> done {false};
    std::thread worker([&done, &work]() {
        work();
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < milliseconds)
        QThread::msleep(5);
    if (!done) {
        std::fprintf(stderr, "FAIL: %s did not finish within %d ms (it blocks)\n", what, milliseconds);
        std::fflush(stderr);
        std::_Exit(1);
    }
    worker.join();
}

} // namespace fw::test
