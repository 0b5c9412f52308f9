namespace OpenDisclosure.Formats;

/// <summary>What a file really is, judged from its bytes first and its extension second.</summary>
public enum DocumentKind
{
    Unknown,
    Text,
    Html,
    Docx,
    Pdf,
    /// <summary>Legacy Word 97-2003 binary (OLE compound file): not read, the reader says how to convert it.</summary>
    Doc,
}
