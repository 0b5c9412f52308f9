using System.Text.Json;

namespace OpenDisclosure.Reports.Scoring.Profiles;

/// <summary>A profile file that cannot be used: the message names the file and, for JSON errors, the line and path.</summary>
public sealed class ProfileFileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The scoring profiles: the ones shipped (data/profiles/*.json, embedded at build time) and any more a deployment
/// adds as JSON files in a folder (no code: a file with a new id adds a profile, one with a shipped id replaces it).
/// </summary>
public static class ScoringProfiles
{
    public const string DefaultId = "default";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly Lazy<IReadOnlyList<ScoringProfile>> ShippedProfiles = new(LoadShipped);

    /// <summary>The profiles built into the core, default first.</summary>
    public static IReadOnlyList<ScoringProfile> Shipped => ShippedProfiles.Value;

    /// <summary>Today's five-component score (the stored /compliance figures).</summary>
    public static ScoringProfile Default => Shipped[0];

    /// <summary>The shipped profiles, then every *.json in <paramref name="folder"/> (when it exists) by file name.</summary>
    public static IReadOnlyList<ScoringProfile> WithFolder(string? folder)
    {
        var byId = Shipped.ToDictionary(p => p.Id);
        var order = Shipped.Select(p => p.Id).ToList();
        if (folder is not null && Directory.Exists(folder))
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var profile = Parse(File.ReadAllText(file), Path.GetFileName(file));
                if (!byId.ContainsKey(profile.Id)) order.Add(profile.Id);
                byId[profile.Id] = profile;
            }
        return order.Select(id => byId[id]).ToList();
    }

    /// <summary>Reads and checks one profile; <paramref name="source"/> names it in errors.</summary>
    public static ScoringProfile Parse(string json, string source)
    {
        ScoringProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<ScoringProfile>(json, Json);
        }
        catch (JsonException e)
        {
            throw new ProfileFileException($"{source}:{(e.LineNumber ?? 0) + 1}: {e.Path}: {e.Message}", e);
        }
        if (profile is null) throw new ProfileFileException($"{source}: empty profile");
        Check(profile, source);
        return profile;
    }

    private static void Check(ScoringProfile p, string source)
    {
        void Fail(string what) => throw new ProfileFileException($"{source}: {what}");
        if (string.IsNullOrWhiteSpace(p.Id) || !p.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            Fail($"id '{p.Id}' must be letters, digits, '-' or '_'");
        if (p.Uncertain is not (ScoringProfile.Strict or ScoringProfile.Conservative))
            Fail($"uncertain '{p.Uncertain}' must be strict or conservative");
        if (p.Items is null || p.Items.Count == 0) Fail("items: at least one item is needed");
        foreach (var item in p.Items!)
        {
            if (item.Points <= 0) Fail($"item {item.Code}: points must be positive");
            foreach (var rule in item.Rules ?? [])
            {
                if (!ProfileRule.Outcomes.Contains(rule.Outcome))
                    Fail($"item {item.Code}, rule {rule.Rule}: outcome '{rule.Outcome}' must be one of {string.Join(", ", ProfileRule.Outcomes)}");
                if (rule.Deduct < 0) Fail($"item {item.Code}, rule {rule.Rule}: deduct must not be negative");
                if (rule.SignedAfter is { } md && !DateTime.TryParseExact("2000-" + md, "yyyy-MM-dd", null, default, out _))
                    Fail($"item {item.Code}, rule {rule.Rule}: signedAfter '{md}' must be MM-dd");
            }
        }
    }

    private static IReadOnlyList<ScoringProfile> LoadShipped()
    {
        var assembly = typeof(ScoringProfiles).Assembly;
        var profiles = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("profiles.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return Parse(reader.ReadToEnd(), "data/profiles/" + n["profiles.".Length..]);
            })
            .ToList();
        return [.. profiles.Where(p => p.Id == DefaultId), .. profiles.Where(p => p.Id != DefaultId)];
    }
}
