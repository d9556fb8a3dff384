#pragma once

// The program under test, as ctest names it: FW_BINARY (firewall-wizard) and FW_BINARY_TESTHOOKS (its test build,
// which alone reads the FW_TEST_* hooks that inject failures).
#include "Run.h"

#include <QString>
#include <QStringList>

namespace fw::test {

class Wizard
{
public:
    /// The built firewall-wizard.
    static QString binary();
    /// The test build, firewall-wizard-testhooks.
    static QString testHooksBinary();
    /// The test build where @p environment asks for a test hook (an FW_TEST_* variable), the program otherwise.
    static QString binaryFor(const QStringList &environment);
    /// Why the program cannot run (FW_BINARY or FW_BINARY_TESTHOOKS not set, or missing); empty when it can.
    static QString unavailableReason();

    /// Runs binaryFor(options.environment) with @p args after @p prefix (Netns::execPrefix(), a sandbox; empty:
    /// here), the environment in options.
    static RunResult run(const QStringList &prefix, const QStringList &args, const RunOptions &options = RunOptions());
};

} // namespace fw::test
