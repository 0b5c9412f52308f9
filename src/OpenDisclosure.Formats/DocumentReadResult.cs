using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats;

/// <summary>
/// A document turned into the flattened report text the core parser reads: paragraphs as lines, each table row as
/// cell lines starting with a TAB followed by a blank line. <see cref="Text"/> is empty when nothing could be read;
/// <see cref="Diagnostics"/> (rule ids <c>format.*</c>) then say why.
/// </summary>
public sealed record DocumentReadResult(
    string FileName,
    DocumentKind Kind,
    string Text,
    IReadOnlyList<Finding> Diagnostics,
    string? Encoding = null)
{
    /// <summary>True when text was produced and no diagnostic is an error.</summary>
    public bool Succeeded => Text.Length > 0 && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Nothing could be read and an error says why (an empty text file is not this: the parser reports it).</summary>
    public bool IsUnreadable => Text.Length == 0 && Diagnostics.Any(d => d.Severity == Severity.Error);
}
