#pragma once

#include "catalog/Catalog.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>

namespace fw::cli {

/// Exit codes of the command line (README, "Exit codes").
enum ExitCode : int {
    ExitOk = 0,
    ExitBlocked = 1,  ///< a check found a blocked or unreachable port
    ExitBadInput = 2, ///< bad usage or bad input, with a message saying what and where
    ExitApplyFailed = 3,
};

/// What every sub-command gets: the loaded catalog, the language, and the output streams.
struct Context
{
    Catalog catalog;
    QString language; ///< "en", "de", "es"
    QTextStream &out;
    QTextStream &err;
    /// apply and revert with --answers-on-stdin: every error also goes to err as the protocol's "error" line
    /// (apply/ApplyProtocol.h), for the program that drives them.
    bool protocolErrors = false;
};

/// One sub-command of firewall-wizard ("products", "plan", ...).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One translated line for the overview of sub-commands.
    virtual QString summary() const = 0;
    /// The usage line after "firewall-wizard NAME", e.g. "SELECTION [--json]".
    virtual QString usage() const = 0;
    /// Adds this command's own options (the global ones are added already).
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /// Runs the command; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, Context &context) const = 0;
};

/// Every sub-command, in the README's order.
const std::vector<std::unique_ptr<Command>> &commands();

} // namespace fw::cli
