using System.Text.Json;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Similarity;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// What the store keeps of a report's narrative for the similarity pass: its section texts (JSON) and MinHash
/// signature, computed in the parallel stage so the single writer only inserts them.
/// </summary>
internal sealed record NarrativePrint(string Signature, string SectionsJson)
{
    /// <summary>Chinese text stored as it reads (not \uXXXX escapes: a third of the size, and readable in the database).</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static NarrativePrint Of(AnnualReport report)
    {
        List<(int Section, string Text)> sections = [(0, report.Preamble), .. report.Sections.Select(s => (s.Number, s.Text))];
        var signature = MinHash.Signature(Shingles.Of(ComparableText.Of(sections)));
        var json = JsonSerializer.Serialize(sections.Where(s => !string.IsNullOrEmpty(s.Text)).Select(s => new object[] { s.Section, s.Text }), Json);
        return new NarrativePrint(MinHash.Encode(signature), json);
    }

    /// <summary>The stored sections back as shingles.</summary>
    public static Shingles Read(string sectionsJson)
    {
        using var doc = JsonDocument.Parse(sectionsJson);
        var sections = doc.RootElement.EnumerateArray().Select(e => (e[0].GetInt32(), e[1].GetString() ?? "")).ToList();
        return Shingles.Of(ComparableText.Of(sections));
    }
}
