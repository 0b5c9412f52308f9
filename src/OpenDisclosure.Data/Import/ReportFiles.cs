namespace OpenDisclosure.Data.Import;

/// <summary>Expands files and folders given on a command line (or a seed folder) into the report files to load.</summary>
public static class ReportFiles
{
    /// <summary>Extensions a folder is searched for. A legacy .doc is taken so its conversion hint is reported.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".htm", ".html", ".docx", ".pdf", ".doc"];

    /// <summary>Folders are searched recursively; files named explicitly are taken whatever their extension.
    /// Paths that do not exist are returned as-is so the import reports them as unreadable.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return path;
                continue;
            }
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files) yield return file;
        }
    }
}
