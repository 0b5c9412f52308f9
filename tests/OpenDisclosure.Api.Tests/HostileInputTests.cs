using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Testing;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// POST /validate under hostile input (issue 17): malformed and mislabelled bodies get 400/415 naming the problem,
/// mutated real reports and hostile files never get a 5xx, and a full reader answers 503 with Retry-After.
/// </summary>
[Collection("api")]
public sealed class HostileInputTests(ApiFactory factory)
{
    /// <summary>The API without the per-client rate limit, for many posts in a row.</summary>
    private WebApplicationFactory<Program> Unlimited(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Validation:PermitLimit", "1000000");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    public static TheoryData<string> BadBodies() => [.. HostileFiles.BadBodies().Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_body_gets_a_problem_naming_it(string name)
    {
        var (_, contentType, body, status) = HostileFiles.BadBodies().Single(b => b.Name == name);
        var content = new ByteArrayContent(body);
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await factory.CreateClient().PostAsync("/api/v1/validate", content);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (string?)problem["detail"] ?? "";
        if (status == 415)
        {
            Assert.Contains(contentType ?? "no Content-Type", detail);
            Assert.Contains("text/plain, text/html, application/octet-stream, application/pdf, "
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, multipart/form-data", detail);
        }
        else Assert.Contains(name == "multipart_no_boundary" ? "no boundary" : name == "multipart_no_file" ? "no file" : "malformed", detail);
    }

    [Fact]
    public async Task Mutated_real_reports_never_get_a_5xx()
    {
        using var api = Unlimited();
        var client = api.CreateClient();
        var seeds = Directory.GetFiles(RepoPaths.Reports, "*.txt").Order().Select(File.ReadAllBytes).ToArray();
        var failures = new List<string>();
        for (var seed = 0; seed < 500; seed++)
        {
            var mutation = ReportMutator.Mutate(seeds, seed);
            var content = new ByteArrayContent(mutation.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            using var response = await client.PostAsync("/api/v1/validate", content);
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"seed {seed} ({mutation.Kind}): {(int)response.StatusCode}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_huge_cell_is_a_finding_in_the_answer()
    {
        var text = Seed.ReplaceCell(File.ReadAllText(RepoPaths.LinziReport), "（七）总计", 1, "9223372036854775808");

        using var response = await Unlimited().CreateClient().PostAsync("/api/v1/validate", new StringContent(text));
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var finding = detail["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "cell.out_of_range")!;
        Assert.Equal("9223372036854775808", (string?)finding["actual"]);
        var total = detail["requestOutcomes"]!.AsArray().Single(r => (string?)r!["row"] == "total_processed")!;
        Assert.Null(total["naturalPerson"]);
    }

    public static TheoryData<string> HostileClasses() => [.. HostileFiles.All().Select(f => f.Class)];

    [Theory]
    [MemberData(nameof(HostileClasses))]
    public async Task Hostile_file_is_answered_with_its_finding(string hostileClass)
    {
        var file = HostileFiles.All().Single(f => f.Class == hostileClass);
        var form = new MultipartFormDataContent { { new ByteArrayContent(file.Bytes), "file", file.FileName } };

        using var response = await Unlimited().CreateClient().PostAsync("/api/v1/validate", form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        if (file.ExpectedRule is { } rule)
            Assert.Contains(JsonNode.Parse(body)!["findings"]!.AsArray(), f => (string?)f!["rule"] == rule);
    }

    [Fact]
    public async Task Document_limits_are_configuration_values()
    {
        // Table 二 of the page has fewer than 100 cells, so the limit is passed in table 三: the message still names 100.
        using var api = Unlimited(("Validation:MaxTableCells", "100"));
        var page = Path.Combine(RepoPaths.Root, "tests", "OpenDisclosure.Formats.Tests", "Fixtures", "linzi-2024.html");
        var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(page)), "file", "linzi.html" } };

        using var response = await api.CreateClient().PostAsync("/api/v1/validate", form);
        var findings = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["findings"]!.AsArray();

        var finding = findings.Single(f => (string?)f!["rule"] == "format.html_too_large")!;
        Assert.Equal("linzi.html: table cells exceeds the limit of 100 (MaxTableCells); the file was not read", (string?)finding["messageEn"]);
    }

    [Fact]
    public async Task A_docx_declaring_a_dtd_gets_a_plain_finding_not_the_parser_message()
    {
        var docx = HostileFiles.Docx("<w:p/>");
        var withDtd = RewriteDocument(docx, xml => xml.Replace("<w:document", "<!DOCTYPE w:document [<!ENTITY x \"y\">]><w:document"));
        var form = new MultipartFormDataContent { { new ByteArrayContent(withDtd), "file", "dtd.docx" } };

        using var response = await Unlimited().CreateClient().PostAsync("/api/v1/validate", form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("dtd.docx: cannot read the Docx file: the document declares a DTD, which is not read", body);
        Assert.DoesNotContain("DtdProcessing", body);
    }

    [Fact]
    public async Task Expensive_reads_beyond_the_limit_get_503_with_retry_after()
    {
        using var api = Unlimited(("Validation:MaxConcurrentReads", "1"), ("Validation:RetryAfterSeconds", "7"));
        var client = api.CreateClient();
        var reads = api.Services.GetRequiredService<ExpensiveReads>();
        var docx = new MultipartFormDataContent { { new ByteArrayContent(HostileFiles.Docx("<w:p/>")), "file", "a.docx" } };

        using (var taken = reads.TryTakeSlot())
        {
            Assert.NotNull(taken);
            using var busy = await client.PostAsync("/api/v1/validate", docx);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), busy.Headers.RetryAfter?.Delta);
            // Plain text is cheap to read: never held back by the slots.
            using var text = await client.PostAsync("/api/v1/validate", new StringContent(File.ReadAllText(RepoPaths.LinziReport)));
            Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        }
        using var free = await client.PostAsync("/api/v1/validate",
            new MultipartFormDataContent { { new ByteArrayContent(HostileFiles.Docx("<w:p/>")), "file", "a.docx" } });
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }

    private static byte[] RewriteDocument(byte[] docx, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(change(xml));
        }
        return stream.ToArray();
    }
}
