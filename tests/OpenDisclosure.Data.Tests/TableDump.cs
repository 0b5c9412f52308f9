using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// Every row of every table of a store, as sorted text lines per table: two stores are equal when their dumps are.
/// Only the load time (<c>reports.LoadedAtUtc</c>) and the import version (a fresh random value per import, see
/// <c>ImportVersion</c>) differ between two runs on the same files, so they are left out; the FTS index is compared
/// through the agency names it is built from.
/// </summary>
public static class TableDump
{
    public static SortedDictionary<string, List<string>> Of(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'agency_names%' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var dump = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = table == Tables.Meta
                ? $"SELECT * FROM \"{table}\" WHERE \"Key\" <> '{OpenDisclosure.Data.Stats.ImportVersion.Key}'"
                : $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                    .Where(i => reader.GetName(i) != "LoadedAtUtc")
                    .Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }
        return dump;
    }

    /// <summary>Equal table by table, so a failure names the table that differs.</summary>
    public static void AssertEqual(SortedDictionary<string, List<string>> expected, SortedDictionary<string, List<string>> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (table, rows) in expected)
            Assert.True(rows.SequenceEqual(actual[table]),
                $"table {table}: {rows.Count} rows expected, {actual[table].Count} found; first difference: " +
                $"{rows.Except(actual[table]).FirstOrDefault() ?? actual[table].Except(rows).FirstOrDefault()}");
    }
}
