#include "Command.h"

namespace fw::cli {

std::unique_ptr<Command> makeProductsCommand();
std::unique_ptr<Command> makePlanCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeServeCommand();
std::unique_ptr<Command> makeApplyCommand();
std::unique_ptr<Command> makeRevertCommand();
std::unique_ptr<Command> makeDiagnoseCommand();

const std::vector<std::unique_ptr<Command>> &commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(makeProductsCommand());
        list.push_back(makePlanCommand());
        list.push_back(makeExportCommand());
        list.push_back(makeCheckCommand());
        list.push_back(makeServeCommand());
        list.push_back(makeApplyCommand());
        list.push_back(makeRevertCommand());
        list.push_back(makeDiagnoseCommand());
        return list;
    }();
    return all;
}

} // namespace fw::cli
