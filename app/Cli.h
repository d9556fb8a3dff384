#pragma once

#include "Command.h"
#include "plan/Plan.h"
#include "plan/PlanResolver.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

namespace fw::cli {

/// Adds --product, --role, --deployment, --version, --with and --set.
void addSelectionOptions(QCommandLineParser &parser);
/// The usage text of SELECTION, for --help.
QString selectionUsage();
/// Reads the selection options and resolves the plan; on any problem prints every message to context.err
/// and returns false (the caller exits with ExitBadInput).
bool resolveSelection(const QCommandLineParser &parser, Context &context, Plan &plan);
/// The options that may be given more than once (README): --with, --set, --catalog.
bool isRepeatableOption(const QString &name);
/// Every other option that takes a value takes one: "--role given twice (server, client)" for the first one given
/// more often, after parsing; empty when none is. One check for every command, instead of the last value winning.
QString repeatedOptionError(const QCommandLineParser &parser);
/// Prints "firewall-wizard: error: MESSAGE" to context.err, and with context.protocolErrors the protocol line
/// "@fw1 error MESSAGE" after it.
void printError(Context &context, const QString &message);
/// printError(), logs the message, and returns ExitBadInput.
int badInput(Context &context, const QString &message);
/// Writes @p data to @p path atomically (fw::saveFile: never replaces a device, FIFO or folder), or to stdout when
/// @p path is empty or "-".
/// Returns ExitOk, or ExitBadInput after printing a message naming the file and the reason.
int writeOutput(Context &context, const QString &path, const QByteArray &data);

} // namespace fw::cli
