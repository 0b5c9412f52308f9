using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace OpenDisclosure.Api.Tests;

[Collection("api")]
public sealed class ValidateTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Posted_seed_is_parsed_and_nothing_is_stored()
    {
        var before = await _client.GetStringAsync("/api/v1/reports?format=csv");

        using var response = await _client.PostAsync("/api/v1/validate", new StringContent(File.ReadAllText(RepoPaths.LinziReport)));
        var detail = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(detail["reportId"]);
        Assert.Equal("临淄区人民政府办公室", (string?)detail["agencyName"]);
        Assert.Equal(2024, (int)detail["year"]!);
        var total = detail["requestOutcomes"]!.AsArray().Single(r => (string?)r!["row"] == "total_processed")!;
        Assert.Equal(14, (long)total["naturalPerson"]!);
        Assert.Equal(9m, (decimal)detail["proactiveDisclosure"]!["normativeDocuments.inForce"]!);
        Assert.Equal(before, await _client.GetStringAsync("/api/v1/reports?format=csv"));
    }

    [Fact]
    public async Task Posted_pdf_is_read_with_no_tool_installed()
    {
        // PdfPig, managed code: the PDF printed from the 临淄区 2024 page, tables rebuilt from letter positions.
        var pdf = Path.Combine(RepoPaths.Root, "tests", "OpenDisclosure.Formats.Tests", "Fixtures", "linzi-2024.pdf");
        var content = new ByteArrayContent(File.ReadAllBytes(pdf));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var detail = await Post(content);

        Assert.Equal("临淄区人民政府办公室", (string?)detail["agencyName"]);
        Assert.Equal(2024, (int)detail["year"]!);
        var total = detail["requestOutcomes"]!.AsArray().Single(r => (string?)r!["row"] == "total_processed")!;
        Assert.Equal(14, (long)total["naturalPerson"]!);
        Assert.DoesNotContain(detail["findings"]!.AsArray(), f => ((string?)f!["rule"])!.StartsWith("format.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Broken_sum_in_a_posted_seed_is_reported_with_its_row()
    {
        var text = Seed.ReplaceCell(File.ReadAllText(RepoPaths.LinziReport), "（七）总计", 1, "15");

        var detail = await Post(new StringContent(text));

        var findings = detail["findings"]!.AsArray();
        Assert.Contains(findings, f => (string?)f!["rule"] == "table3.column_sum" && (string?)f["row"] == "total_processed");
        Assert.True((int)detail["findingCounts"]!["error"]! >= 1);
    }

    [Fact]
    public async Task Placeholder_cell_comes_back_null_not_zero()
    {
        var text = Seed.ReplaceCell(File.ReadAllText(RepoPaths.LinziReport), "（七）总计", 1, "—");

        var detail = await Post(new StringContent(text));

        var total = detail["requestOutcomes"]!.AsArray().Single(r => (string?)r!["row"] == "total_processed")!;
        Assert.Null(total["naturalPerson"]);
        Assert.Equal(14, (long)total["total"]!);
    }

    [Fact]
    public async Task Multipart_upload_reads_the_first_file()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(RepoPaths.LinziReport));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "report.txt");

        var detail = await Post(form);

        Assert.Equal("临淄区人民政府办公室", (string?)detail["agencyName"]);
    }

    [Theory]
    [InlineData("linzi-2024-gbk-layout.html")] // GB2312-declared page, table layout, report inside navigation chrome
    [InlineData("linzi-2024-gb18030.txt")]
    public async Task Published_formats_are_read_through_the_document_reader(string fixture)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "OpenDisclosure.Formats.Tests", "Fixtures", fixture);
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(File.ReadAllBytes(path)), "file", fixture);

        var detail = await Post(form);

        Assert.Equal("临淄区人民政府办公室", (string?)detail["agencyName"]);
        var total = detail["requestOutcomes"]!.AsArray().Single(r => (string?)r!["row"] == "total_processed")!;
        Assert.Equal(14, (long)total["naturalPerson"]!);
    }

    [Fact]
    public async Task Legacy_doc_gets_the_conversion_hint()
    {
        var detail = await Post(Octets([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]));

        var finding = detail["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "format.legacy_doc")!;
        Assert.Contains("libreoffice --headless --convert-to docx", finding.ToJsonString());
    }

    [Fact]
    public async Task Body_over_the_default_10_MB_is_413()
    {
        using var response = await _client.PostAsync("/api/v1/validate", Octets(new byte[10 * 1024 * 1024 + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Body_without_length_is_cut_off_at_the_configured_limit()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Validation:MaxBodyBytes", "1000"));
        var client = small.CreateClient();

        var content = new UnknownLengthContent(new byte[5000]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await client.PostAsync("/api/v1/validate", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_requests_from_one_client_get_429_problem()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Validation:PermitLimit", "2"));
        var client = limited.CreateClient();

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/validate", new StringContent("x"))).StatusCode);
        using var third = await client.PostAsync("/api/v1/validate", new StringContent("x"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
    }

    private static ByteArrayContent Octets(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private async Task<System.Text.Json.Nodes.JsonNode> Post(HttpContent content)
    {
        using var response = await _client.PostAsync("/api/v1/validate", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return System.Text.Json.Nodes.JsonNode.Parse(body)!;
    }

    /// <summary>A body sent chunked, so the server cannot refuse it from Content-Length alone.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

/// <summary>Edits of a real seed report with a known effect.</summary>
public static class Seed
{
    /// <summary>Replaces the cell <paramref name="offset"/> non-blank lines after the line holding <paramref name="label"/>.</summary>
    public static string ReplaceCell(string text, string label, int offset, string value)
    {
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains(label));
        Assert.True(at >= 0, $"label {label} not in the seed");
        for (var i = at + 1; ; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            if (--offset == 0)
            {
                lines[i] = "\t" + value;
                return string.Join('\n', lines);
            }
        }
    }
}
