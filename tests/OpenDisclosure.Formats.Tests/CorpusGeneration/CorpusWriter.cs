using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenDisclosure.Formats.Tests.CorpusGeneration;

/// <summary>
/// Renders the five real seed reports into every input class of the fixture corpus (Corpus/&lt;class&gt;/&lt;name&gt;.&lt;ext&gt;)
/// with the expected cells and identity beside each (&lt;name&gt;.expected.json), taken from the seed's own parse.
/// Rebuild with <c>OD_WRITE_CORPUS=1 dotnet test tests/OpenDisclosure.Formats.Tests --filter Corpus_files_are_the_generators_output</c>.
/// </summary>
public static class CorpusWriter
{
    public static readonly string[] Seeds =
    [
        "000_3b3d23252d395065.txt", "001_fa580fcce7973642.txt", "002_135eac7eb6cbffc1.txt",
        "003_34f0a73bec97119a.txt", "004_d6cce60d90c8dc23.txt",
    ];

    /// <summary>Every generated file: path under Corpus/ and its bytes.</summary>
    public static IEnumerable<(string Path, byte[] Content)> All()
    {
        for (var i = 0; i < Seeds.Length; i++)
        {
            var seed = SeedDocument.Load(Seeds[i]);
            var name = Seeds[i][..3];
            var (options, size) = i % 2 == 0 ? (CorpusPdf.A4, "a4") : (CorpusPdf.A5, "a5");
            foreach (var file in Case("pdf", $"{name}-{size}.pdf", CorpusPdf.Render(seed, options), seed, $"CorpusPdf {size}"))
                yield return file;
            var published = $"{seed.Report.Year + 1}-01-{18 + i:D2}";
            foreach (var file in Case("site-page", $"{name}.html", CorpusHtml.SitePage(seed, published, titleInHeadingOnly: i % 2 == 0), seed,
                         i % 2 == 0 ? "CorpusHtml site page, agency only in the 发布机构 block and metas" : "CorpusHtml site page", publishedOn: published))
                yield return file;
            foreach (var file in Case("markdown", $"{name}.md", CorpusMarkdown.Render(seed), seed, "CorpusMarkdown: 数据1…数据6, detached labels, a footer in table 三, table 四 in three"))
                yield return file;
            foreach (var file in Case("word-page", $"{name}.htm", CorpusHtml.WordPage(seed), seed, "CorpusHtml Word-saved page, GBK"))
                yield return file;
            if (i == 1)
            {
                // Table 四 with one cell printed blank: its neighbours must stay in their columns (placed under the
                // header's leaf cells), the blank one must stay missing.
                var blank = new Dictionary<string, string> { [SeedDocument.ReviewKey(1)] = "printed blank: no number under 行政复议 结果纠正" };
                var withBlank = seed.WithBlank(blank.Keys);
                foreach (var file in Case("pdf", $"{name}-a4-blank-cell.pdf", CorpusPdf.Render(withBlank, CorpusPdf.A4), withBlank, "CorpusPdf a4, one table 四 cell blank", blank))
                    yield return file;
            }
        }
    }

    private static IEnumerable<(string, byte[])> Case(string inputClass, string fileName, byte[] content, SeedDocument seed, string how,
        IReadOnlyDictionary<string, string>? missing = null, string? publishedOn = null)
    {
        yield return ($"{inputClass}/{fileName}", content);
        yield return ($"{inputClass}/{Path.GetFileNameWithoutExtension(fileName)}.expected.json", Expected(seed, how, missing, publishedOn));
    }

    private static byte[] Expected(SeedDocument seed, string how, IReadOnlyDictionary<string, string>? missing, string? publishedOn)
    {
        var cells = new JsonObject();
        foreach (var (key, value) in seed.Cells)
            if (missing is null || !missing.ContainsKey(key)) cells[key] = value is null ? null : JsonValue.Create(value.Value);
        var json = new JsonObject
        {
            ["source"] = $"data/reports/{seed.SeedFile} rendered by tests/OpenDisclosure.Formats.Tests/CorpusGeneration ({how})",
            ["agency"] = seed.Report.AgencyName,
            ["year"] = seed.Report.Year,
            ["publishedOn"] = publishedOn,
            ["cells"] = cells,
            ["missing"] = new JsonObject((missing ?? new Dictionary<string, string>()).Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return Encoding.UTF8.GetBytes(json.ToJsonString(options) + "\n");
    }
}
