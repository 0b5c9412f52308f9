using Microsoft.Data.Sqlite;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

/// <summary>Reads a report's stored findings back as <see cref="Finding"/>s (for scoring).</summary>
internal static class StoredFindings
{
    public static List<Finding> Read(StoredYearTables store, int reportId)
    {
        var findings = new List<Finding>();
        using var cmd = store.Command(
            $"SELECT \"RuleId\", \"Severity\", \"MessageZh\", \"MessageEn\", \"Section\", \"RowCode\", \"ColumnCode\", \"Line\", " +
            $"\"Expected\", \"Actual\", \"Evidence\" FROM {Tables.Findings} WHERE \"ReportId\" = $r ORDER BY \"Id\"");
        cmd.Parameters.AddWithValue("$r", reportId);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            findings.Add(new Finding(reader.GetString(0), SeverityCodes.FromCode(reader.GetString(1)) ?? Severity.Info,
                reader.GetString(2), reader.GetString(3),
                new FindingLocation(Int(reader, 4), Text(reader, 5), Text(reader, 6), Int(reader, 7)),
                Text(reader, 8), Text(reader, 9), Text(reader, 10)));
        return findings;
    }

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
