using OpenDisclosure.Reports.Scoring.Profiles;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.Scoring;

public class ScoringProfilesTests
{
    private static Finding F(string rule, Severity severity = Severity.Warning) => new(rule, severity, "", "", FindingLocation.Report);

    [Fact]
    public void Shipped_profiles_are_default_then_the_city_grid()
    {
        Assert.Equal(["default", "city-grid"], ScoringProfiles.Shipped.Select(p => p.Id));
        Assert.Equal(100m, ScoringProfiles.Default.MaxPoints);
        Assert.All(ScoringProfiles.Shipped, p => Assert.Equal(ScoringProfile.Strict, p.Uncertain));
    }

    [Fact]
    public void City_grid_flags_copied_text_and_inconsistent_data_without_deducting()
    {
        var grid = ScoringProfiles.Shipped.Single(p => p.Id == "city-grid");
        var score = ProfileScorer.Score(grid, [F("similarity.copied"), F("table3.balance", Severity.Error), F("crossyear.carry_over", Severity.Error)]);
        Assert.Equal(2m, score.Points);
        Assert.Equal(3, score.Flagged.Count());
        Assert.All(score.Flagged, f => Assert.Equal(0.5m, f.WouldDeduct));
    }

    [Fact]
    public void Grid_deductions_stop_at_the_cap()
    {
        var grid = ScoringProfiles.Shipped.Single(p => p.Id == "city-grid");
        var score = ProfileScorer.Score(grid, [F("parse.empty", Severity.Error), F("date.missing")]);
        Assert.Equal(0m, score.Points);
        Assert.Equal(0m, score.Score);
    }

    [Fact]
    public void Dismissed_findings_are_free_when_the_profile_says_so()
    {
        var late = F("date.late");
        Assert.Equal(85m, ProfileScorer.Score(ScoringProfiles.Default, [late]).Score);
        Assert.Equal(100m, ProfileScorer.Score(ScoringProfiles.Default, [late], f => f == late).Score);
        var costly = ScoringProfiles.Default with { DismissedFindingsCost = true };
        Assert.Equal(85m, ProfileScorer.Score(costly, [late], f => f == late).Score);
    }

    [Fact]
    public void A_profile_file_is_added_from_a_folder_and_a_bad_one_names_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("od-profiles-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "tiny.json"),
                """{"id":"tiny","nameZh":"小","nameEn":"tiny","description":"","uncertain":"conservative","dismissedFindingsCost":true,"items":[{"code":"all","nameZh":"","nameEn":"","points":10,"how":"","rules":[{"rule":"date.late","deduct":4}]}]}""");
            var profiles = ScoringProfiles.WithFolder(folder);
            Assert.Equal(["default", "city-grid", "tiny"], profiles.Select(p => p.Id));
            Assert.Equal(60m, ProfileScorer.Score(profiles[2], [F("date.late")]).Score);

            File.WriteAllText(Path.Combine(folder, "broken.json"), "{\n\"id\": \"x\",\n\"items\": [ { \"points\": \"two\" } ]\n}");
            var error = Assert.Throws<ProfileFileException>(() => ScoringProfiles.WithFolder(folder));
            Assert.StartsWith("broken.json:3:", error.Message);
            File.WriteAllText(Path.Combine(folder, "broken.json"), """{"id":"x","nameZh":"","nameEn":"","description":"","uncertain":"lenient","dismissedFindingsCost":false,"items":[]}""");
            Assert.Contains("uncertain 'lenient'", Assert.Throws<ProfileFileException>(() => ScoringProfiles.WithFolder(folder)).Message);
        }
        finally { Directory.Delete(folder, true); }
    }
}
