namespace OpenDisclosure.Api.Tests;

/// <summary>
/// The five seeds plus 临淄区 2024 loaded again as 2025 with only its year changed ("2024年" → "2025年"): the
/// statistics bureau case of the issue, a report republished with only the year changed.
/// </summary>
public sealed class CopiedReportFactory : ApiFactory
{
    private readonly string _folder = Directory.CreateTempSubdirectory("od-api-copied-").FullName;

    public CopiedReportFactory()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Reports)) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(_folder, "linzi-2025-copy.txt"), File.ReadAllText(RepoPaths.LinziReport).Replace("2024年", "2025年"));
    }

    protected override string ReportsDirectory => _folder;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
