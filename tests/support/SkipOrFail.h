#pragma once

// A test that cannot run its real check here says so: a skip on a developer's machine (ctest shows it as
// "Skipped"), a failure in CI (CI=true), where every check must really run.
#include <QTest>
#include <QtGlobal>

namespace fw::test {

/// Whether the tests run in CI (the environment has CI=true, as GitHub Actions, GitLab CI and others set it).
inline bool inCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace fw::test

/// QSKIP(reason) normally; QFAIL(reason) under CI=true. @p reason is a const char * (qPrintable() for a QString).
#define FW_SKIP_OR_FAIL(reason)                                                                                        \
    do {                                                                                                               \
        if (fw::test::inCi())                                                                                          \
            QFAIL(reason);                                                                                             \
        else                                                                                                           \
            QSKIP(reason);                                                                                             \
    } while (false)
