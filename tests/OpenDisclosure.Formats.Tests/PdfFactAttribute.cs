using OpenDisclosure.Formats.Pdf;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// A test that needs pdftotext. Where it is missing the test is reported as skipped with the reason (never as
/// passed); .ci/run installs poppler-utils so CI runs it.
/// </summary>
public sealed class PdfTheoryAttribute : TheoryAttribute
{
    public PdfTheoryAttribute()
    {
        if (!PdftotextRunner.IsAvailable) Skip = $"pdftotext not found: {PdftotextRunner.InstallHint}";
    }
}

/// <inheritdoc cref="PdfTheoryAttribute"/>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (!PdftotextRunner.IsAvailable) Skip = $"pdftotext not found: {PdftotextRunner.InstallHint}";
    }
}
