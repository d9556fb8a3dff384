// Fuzzes parseLicenseFile (model/license/LicenseFile): FlexNet license files give the ports of license servers.
// No crash, leak or undefined behaviour; every port found is a port, every line number within the file.
#include "FuzzCheck.h"

#include "license/LicenseFile.h"

using namespace fw;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const LicenseFile file = parseLicenseFile(input);
    const int lines = int(input.count('\n')) + 1;
    for (const LicenseServer &s : file.servers) {
        FUZZ_CHECK(s.port >= 0 && s.port <= 65535);
        FUZZ_CHECK(s.line >= 1 && s.line <= lines);
    }
    for (const LicenseVendor &v : file.vendors) {
        FUZZ_CHECK(v.port >= 0 && v.port <= 65535);
        FUZZ_CHECK(v.line >= 1 && v.line <= lines);
    }
    for (const LicenseProblem &p : file.problems) {
        FUZZ_CHECK(p.line >= 0 && p.line <= lines);
        FUZZ_CHECK(!p.toString().isEmpty());
    }
    FUZZ_CHECK(file.featureCount >= 0);
    if (!file.vendors.isEmpty())
        FUZZ_CHECK(file.vendor(QStringLiteral("nosuchdaemon")) != nullptr);
    return 0;
}
