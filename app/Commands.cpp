#include "Command.h"

namespace fw::cli {

std::unique_ptr<Command> makeProductsCommand();
std::unique_ptr<Command> makePlanCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeServeCommand();

const std::vector<std::unique_ptr<Command>> &commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(makeProductsCommand());
        list.push_back(makePlanCommand());
        list.push_back(makeExportCommand());
        list.push_back(makeCheckCommand());
        list.push_back(makeServeCommand());
        return list;
    }();
    return all;
}

} // namespace fw::cli
