namespace OpenDisclosure.Data.Import;

/// <summary>One report file as bytes. <see cref="FileName"/> is the path as given (used in error messages).</summary>
public sealed record ReportSource(string FileName, byte[] Content)
{
    public static ReportSource FromFile(string path) => new(path, File.ReadAllBytes(path));
}
