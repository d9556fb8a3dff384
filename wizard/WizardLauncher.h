#pragma once

#include <QString>

namespace fw {

class Catalog;
class FirewallWizard;

/// Opens the wizard on @p catalog and runs the event loop until it closes; returns the exit code.
/// @p languageOverride is "en", "de", "es" (from --lang) or empty to use the remembered or system language.
/// @p planFile (a .fwplan given on the command line, e.g. by a double-click on it) is opened at the start: see
/// startWizard(). @p logPath is the log file the diagnostics show (empty: none).
/// A QApplication must exist.
int runWizard(const Catalog &catalog, const QString &languageOverride, const QString &planFile = QString(),
    const QString &logPath = QString());

/// What runWizard() does before the event loop: shows @p wizard and opens @p planFile in it, if given. A plan file
/// that cannot be used leaves the wizard where it would start, with a message box saying what is wrong and where.
void startWizard(FirewallWizard &wizard, const QString &planFile);

} // namespace fw
