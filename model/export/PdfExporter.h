#pragma once

#include "ExportText.h"
#include "Exporter.h"

#include <QPageSize>

namespace fw {

/// The checklist for the record and for whoever runs the network firewall, as a PDF in the context's language:
/// the selection, the machine and date, every rule as a row with a tick box, the executables, the notes and advice,
/// the connectivity results when a test ran, the sources, page numbers and a sign-off line.
/// Needs a QGuiApplication (fonts); reentrant, so it can run on a worker thread.
class PdfExporter : public Exporter
{
public:
    PdfExporter()
        : Exporter(
            {QStringLiteral("pdf"), QStringLiteral("pdf"), QStringLiteral("PDF"), {exportsetting::pageSize()}, true})
    { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;

    /// The checklist's content as the HTML subset that QTextDocument renders (also for a preview); the PDF lays out
    /// the same content itself (see PdfExporter.cpp for its rules of wrapping and page breaks).
    static QString checklistHtml(const Plan &plan, const ExportContext &context);
    /// The paper size: the "page-size" setting if given, else Letter where the system locale uses US paper (the
    /// United States, Canada, Mexico and others in the Americas, the Philippines), A4 elsewhere.
    static QPageSize::PageSizeId pageSizeFor(const ExportContext &context);

    /// The most rules a checklist takes (every page is held in memory until the page count is known); a larger plan
    /// is refused at once.
    static constexpr int maxRules = 2000;
    /// The most characters of text a checklist lays out (1,000 rules of the longest texts the catalog allows stay
    /// below it); a longer one is refused at once instead of taking minutes and gigabytes.
    static constexpr int maxHtmlChars = 4000000;
};

} // namespace fw
