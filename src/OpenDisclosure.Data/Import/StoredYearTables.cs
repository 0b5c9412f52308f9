using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Narrative;

namespace OpenDisclosure.Data.Import;

/// <summary>A stored report's identity: enough to find its neighbours and name it in evidence.</summary>
internal sealed record StoredReport(int ReportId, int AgencyId, int Year, string AgencyName, string Format, string SourceFile)
{
    public string Ref => RefOf(AgencyName, Year, ReportId, SourceFile);

    /// <summary>How cross-year evidence names a stored report, whether it was read back or is still in memory.</summary>
    public static string RefOf(string agencyName, int year, int reportId, string sourceFile) =>
        $"{agencyName} {year}年报告（report {reportId}, {sourceFile}）";
}

/// <summary>Reads <see cref="YearTables"/> back from the stored tables (the pass never re-parses files).</summary>
internal sealed class StoredYearTables(SqliteConnection connection)
{
    /// <summary>The pass's open transaction: SQLite commands must name it while it is pending.</summary>
    public SqliteTransaction? Transaction { get; set; }

    private static readonly string[] DocumentFields =
    [
        "regulations.issued", "regulations.repealed", "regulations.inForce",
        "normativeDocuments.issued", "normativeDocuments.repealed", "normativeDocuments.inForce",
    ];

    public StoredReport? FindById(int reportId) => One(
        $"SELECT r.\"Id\", r.\"AgencyId\", r.\"Year\", a.\"Name\", r.\"Format\", r.\"SourceFile\" FROM {Tables.Reports} r " +
        $"JOIN {Tables.Agencies} a ON a.\"Id\" = r.\"AgencyId\" WHERE r.\"Id\" = $id",
        ("$id", reportId));

    public YearTables Load(StoredReport report)
    {
        var rows = new Dictionary<string, long?[]>();
        using (var cmd = Command(
            $"SELECT \"RowCode\", \"NaturalPerson\", \"CommercialEnterprise\", \"ResearchInstitution\", \"SocialWelfareOrganization\", " +
            $"\"LegalServiceAgency\", \"OtherOrganization\", \"Total\" FROM {Tables.RequestOutcomes} " +
            $"WHERE \"ReportId\" = $r AND \"RowCode\" IN ('{RequestRows.CarriedOver}', '{RequestRows.CarriedForward}', '{RequestRows.NewRequests}')",
            ("$r", report.ReportId)))
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
                rows[reader.GetString(0)] = Enumerable.Range(1, 7).Select(i => reader.IsDBNull(i) ? (long?)null : reader.GetInt64(i)).ToArray();

        var cells = new Dictionary<string, long?>();
        using (var cmd = Command($"SELECT \"Field\", \"Value\" FROM {Tables.ProactiveCells} WHERE \"ReportId\" = $r", ("$r", report.ReportId)))
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
                if (DocumentFields.Contains(reader.GetString(0)))
                    cells[reader.GetString(0)] = reader.IsDBNull(1) ? null : WholeOrNull(reader.GetDecimal(1));

        var claims = new List<YoyClaim>();
        using (var cmd = Command($"SELECT \"Increase\", \"Percent\", \"Sentence\", \"Section\" FROM {Tables.YoyClaims} WHERE \"ReportId\" = $r ORDER BY \"Ordinal\"", ("$r", report.ReportId)))
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
            {
                var text = reader.GetString(1);
                var dot = text.IndexOf('.');
                var percent = new StatedPercent(decimal.Parse(text, CultureInfo.InvariantCulture), dot < 0 ? 0 : text.Length - dot - 1, text + "%");
                claims.Add(new YoyClaim(reader.GetBoolean(0), percent, reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));
            }

        long?[] Column(string code) => rows.TryGetValue(code, out var v) ? v : new long?[ApplicantColumns.Count];
        DocumentCounts Documents(string item) => report.Format == "2019"
            ? DocumentCounts.None
            : new(cells.GetValueOrDefault(item + ".issued"), cells.GetValueOrDefault(item + ".repealed"), cells.GetValueOrDefault(item + ".inForce"));

        return new YearTables(report.AgencyName, report.Year, report.Ref, report.Format,
            Column(RequestRows.CarriedOver), Column(RequestRows.CarriedForward),
            Column(RequestRows.NewRequests)[(int)ApplicantColumn.Total],
            Documents("regulations"), Documents("normativeDocuments"), claims);
    }

    private static long? WholeOrNull(decimal value) => value == decimal.Truncate(value) ? (long)value : null;

    private StoredReport? One(string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        using var reader = cmd.ExecuteReader();
        return reader.Read()
            ? new StoredReport(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetString(5))
            : null;
    }

    internal SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = Transaction;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }
}
