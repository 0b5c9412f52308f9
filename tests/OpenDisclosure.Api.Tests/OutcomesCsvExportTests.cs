using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// The request-outcomes CSV, wide and long (streamed straight from SQL), over a database of 120 synthetic reports:
/// ~2,900 rows, ~260 KB wide, so an export spans several writer buffers. One agency is renamed with a comma and
/// quotes, and some cells are nulled, so quoting and empty fields are on the wire.
/// </summary>
public sealed class OutcomesCsvExportTests(OutcomesCsvExportTests.Factory factory) : IClassFixture<OutcomesCsvExportTests.Factory>
{
    private const string OddName = "某局,\"办公室\"";
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string[] WideHeaders = ["reportId", "agencyId", "agencyName", "year", "row", "naturalPerson",
        "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceAgency", "otherOrganization", "total"];

    private static readonly string[] LongHeaders = ["reportId", "agencyId", "agencyName", "year", "row", "column", "value"];

    [Theory]
    [InlineData("shape=wide", 2001, 3000)] // three JSON pages; a report whose table lost a row stores fewer than 25
    [InlineData("shape=long", 7 * 2001, 7 * 3000)]
    public async Task Whole_csv_is_the_json_items_of_every_page_as_rfc4180_text(string shape, int min, int max)
    {
        var headers = shape == "shape=long" ? LongHeaders : WideHeaders;
        var items = new List<JsonNode>();
        for (var url = $"/api/v1/request-outcomes?{shape}&limit=1000"; url is not null;)
        {
            var page = await _client.GetJson(url);
            items.AddRange(page.Items().Select(i => i!));
            url = (string?)page["next"];
        }
        var expected = new StringBuilder(string.Join(',', headers) + "\r\n");
        foreach (var item in items) expected.Append(string.Join(',', headers.Select(h => Quote(item[h]))) + "\r\n");

        var csv = await _client.GetStringAsync($"/api/v1/request-outcomes?{shape}&format=csv");

        Assert.InRange(items.Count, min, max);
        var bytes = Encoding.UTF8.GetByteCount(csv);
        Assert.True(bytes > 3 * 64 * 1024, $"only {bytes} bytes: the export should span several 64 KB writer buffers");
        Assert.Equal(expected.ToString(), csv);
    }

    [Fact]
    public async Task A_row_with_nulls_and_a_quoted_agency_name_is_exact()
    {
        var (reportId, agencyId, year) = factory.Edited;

        var csv = await _client.GetStringAsync($"/api/v1/request-outcomes?agency={agencyId}&year={year}&row=granted&format=csv");

        var line = Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Matches($"^{reportId},{agencyId},\"某局,\"\"办公室\"\"\",{year},granted,,[0-9]+,[0-9]+,[0-9]+,,[0-9]+,[0-9]+$", line);
    }

    [Fact]
    public async Task Long_rows_follow_the_column_order_and_leave_nulled_cells_empty()
    {
        var (reportId, agencyId, year) = factory.Edited;

        var csv = await _client.GetStringAsync($"/api/v1/request-outcomes?agency={agencyId}&year={year}&row=granted&shape=long&format=csv");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var prefix = $"{reportId},{agencyId},\"某局,\"\"办公室\"\"\",{year},granted,";
        Assert.Equal("reportId,agencyId,agencyName,year,row,column,value", lines[0]);
        var codes = WideHeaders[5..];
        Assert.Equal(1 + codes.Length, lines.Length);
        for (var n = 0; n < codes.Length; n++)
            Assert.Matches("^" + Regex.Escape(prefix + codes[n] + ",") + (n is 0 or 4 ? "$" : "[0-9]+$"), lines[n + 1]);
    }

    /// <summary>RFC 4180 from the JSON value: quoted only when it holds a comma, quote, CR or LF; null is empty.</summary>
    private static string Quote(JsonNode? value)
    {
        var text = value is null ? "" : value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();
        return text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }

    public sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("od-csv-export-").FullName;

        /// <summary>The report, agency and year whose agency got <see cref="OddName"/> and whose granted row lost two cells (naturalPerson, legalServiceAgency).</summary>
        public (long ReportId, long AgencyId, long Year) Edited { get; private set; }

        private string DatabasePath => Path.Combine(_folder, "export.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var reports = Directory.CreateDirectory(Path.Combine(_folder, "reports")).FullName;
            foreach (var entry in SyntheticCorpus.Enumerate(seed: 7, count: 120))
                File.WriteAllText(Path.Combine(reports, entry.FileName), entry.Report.Text);
            builder.UseSetting("Database:Path", DatabasePath);
            builder.UseSetting("Reports:Directory", reports);
        }

        protected override void ConfigureClient(HttpClient client)
        {
            base.ConfigureClient(client);
            if (Edited != default) return;
            // The host has imported the reports by now; edit the stored rows the way a real corpus can hold them.
            using var db = new SqliteConnection($"Data Source={DatabasePath}");
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = """
                SELECT ReportId, AgencyId, Year FROM request_outcomes WHERE RowCode = 'granted' ORDER BY ReportId LIMIT 1 OFFSET 50;
                """;
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                Edited = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            }
            command.CommandText = """
                UPDATE agencies SET Name = $name WHERE Id = $agency;
                UPDATE request_outcomes SET NaturalPerson = NULL, LegalServiceAgency = NULL WHERE ReportId = $report AND RowCode = 'granted';
                """;
            command.Parameters.AddWithValue("$name", OddName);
            command.Parameters.AddWithValue("$agency", Edited.AgencyId);
            command.Parameters.AddWithValue("$report", Edited.ReportId);
            Assert.Equal(2, command.ExecuteNonQuery());
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true); // called by Dispose and DisposeAsync
        }
    }
}
