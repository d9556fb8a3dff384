#include "ApplyCli.h"

namespace fw::cli::applycli {

// Compiled into each program separately: the installed firewall-wizard has no test hook at all, not even the name
// of its variable (tests/app/tst_cli.cpp checks the binary); firewall-wizard-testhooks, built for the tests that
// inject failures and never installed, reads it.
QString testFailStep()
{
#ifdef FW_TEST_HOOKS
    return qEnvironmentVariable("FW_TEST_FAIL_STEP");
#else
    return QString();
#endif
}

} // namespace fw::cli::applycli
