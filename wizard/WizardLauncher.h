#pragma once

#include <QString>

namespace fw {

class Catalog;

/// Opens the wizard on @p catalog and runs the event loop until it closes; returns the exit code.
/// @p languageOverride is "en", "de", "es" (from --lang) or empty to use the remembered or system language.
/// A QApplication must exist.
int runWizard(const Catalog &catalog, const QString &languageOverride);

} // namespace fw
