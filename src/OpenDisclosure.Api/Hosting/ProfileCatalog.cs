using OpenDisclosure.Reports.Scoring.Profiles;

namespace OpenDisclosure.Api.Hosting;

/// <summary>The scoring profiles this host serves: the shipped ones and the JSON files of <see cref="AppPaths.Profiles"/>, read once at start-up.</summary>
public sealed class ProfileCatalog(IReadOnlyList<ScoringProfile> profiles)
{
    public IReadOnlyList<ScoringProfile> All { get; } = profiles;

    public ScoringProfile? Find(string? id) => id is null ? ScoringProfiles.Default : All.FirstOrDefault(p => p.Id == id);

    public static ProfileCatalog From(AppPaths paths) => new(ScoringProfiles.WithFolder(paths.Profiles));
}
