namespace OpenDisclosure.Api.Hosting;

/// <summary>
/// Where the database and the seed reports live. Relative settings are resolved against the repository root (the
/// directory holding OpenDisclosureApi.sln), so <c>dotnet run --project src/OpenDisclosure.Api</c> finds
/// <c>data/</c> whether it is started from the repository root, the project folder or elsewhere.
/// </summary>
public sealed record AppPaths(string Database, string Reports)
{
    /// <summary>Extra scoring profiles (JSON files beside the shipped ones): <c>Scoring:ProfilesDirectory</c>, default data/profiles.</summary>
    public string Profiles { get; init; } = "";

    public const string SolutionFile = "OpenDisclosureApi.sln";

    public static AppPaths From(IConfiguration configuration, IHostEnvironment environment)
    {
        var root = FindRoot(environment.ContentRootPath) ?? FindRoot(AppContext.BaseDirectory) ?? environment.ContentRootPath;
        return new AppPaths(
            Resolve(root, configuration["Database:Path"] ?? OpenDisclosure.Data.DisclosureDbFactory.DefaultPath),
            Resolve(root, configuration["Reports:Directory"] ?? "data/reports"))
        {
            Profiles = Resolve(root, configuration["Scoring:ProfilesDirectory"] ?? "data/profiles"),
        };
    }

    private static string Resolve(string root, string path) => Path.GetFullPath(Path.Combine(root, path));

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        return null;
    }
}
