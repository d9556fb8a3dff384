// Fuzzes planfile::read (model/plan/PlanFile): plan files are read by the wizard and by `firewall-wizard apply` as
// root. No crash, leak or undefined behaviour; a refused file has problems; a selection that loads is written and
// read back unchanged.
#include "FuzzCheck.h"

#include "plan/PlanFile.h"

using namespace fw;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    Selection selection;
    QList<PlanFileProblem> problems;
    const bool ok = planfile::read(fuzz::bytes(data, size), QStringLiteral("fuzz.fwplan"), selection, problems);
    FUZZ_CHECK(ok == problems.isEmpty());
    for (const PlanFileProblem &p : problems)
        FUZZ_CHECK(!p.toString().isEmpty());
    if (ok) {
        Selection again;
        QList<PlanFileProblem> none;
        FUZZ_CHECK(planfile::read(planfile::write(selection), QStringLiteral("again.fwplan"), again, none));
        FUZZ_CHECK(again == selection);
    }
    return 0;
}
