using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Bench;

/// <summary>
/// <c>paths --db PATH --out DIR [--count K]</c>: writes the request paths wrk rotates through (bench/wrk/paths.lua),
/// drawn at random from the database under test so every request hits real data and caches see a realistic spread:
/// outcomes.txt (year + agency of a stored report), findings.txt (a stored year), agencies.txt (a region prefix),
/// lists.txt (every list endpoint with its filters, for reliability/load.sh: a user's mix, not one hot query).
/// </summary>
public static class PathsCommand
{
    public static int Run(Args args)
    {
        var db = args.Required("db");
        var outDir = args.Required("out");
        var count = args.Int("count", 500);
        if (!File.Exists(db)) throw new ArgumentException($"--db {db}: no such file");
        Directory.CreateDirectory(outDir);

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();

        var reports = Query(connection, $"SELECT AgencyId, Year FROM reports ORDER BY random() LIMIT {count}",
            r => (Agency: r.GetInt64(0), Year: r.GetInt64(1)));
        var years = Query(connection, "SELECT DISTINCT Year FROM reports", r => r.GetInt64(0));
        var names = Query(connection, $"SELECT Name FROM agencies ORDER BY random() LIMIT {count}", r => r.GetString(0));
        if (reports.Count == 0) throw new ArgumentException($"--db {db}: no reports stored");

        Write(outDir, "outcomes.txt", reports.Select(r => $"/api/v1/request-outcomes?year={r.Year}&agency={r.Agency}"));
        Write(outDir, "findings.txt", years.Select(y => $"/api/v1/findings?year={y}"));
        Write(outDir, "agencies.txt", names.Select(n => $"/api/v1/agencies?q={Uri.EscapeDataString(RegionPrefix(n))}"));
        Write(outDir, "lists.txt", reports.Zip(names).SelectMany(p => EveryList(p.First.Agency, p.First.Year, RegionPrefix(p.Second))));
        Console.WriteLine($"paths: {reports.Count} report, {years.Count} year, {names.Count} agency-search paths in {outDir}");
        return 0;
    }

    /// <summary>One request of each list endpoint (and each of its filters) for one stored report's agency and year.</summary>
    public static IEnumerable<string> EveryList(long agency, long year, string namePart)
    {
        var q = Uri.EscapeDataString(namePart);
        return
        [
            $"/api/v1/agencies?q={q}", $"/api/v1/agencies?year={year}", "/api/v1/years",
            $"/api/v1/reports?agency={agency}", $"/api/v1/reports?year={year}",
            $"/api/v1/proactive-disclosure?agency={agency}&year={year}", $"/api/v1/proactive-disclosure?year={year}",
            $"/api/v1/request-outcomes?year={year}&agency={agency}", $"/api/v1/request-outcomes?year={year}&row=total_processed",
            $"/api/v1/request-outcomes?agency={agency}&shape=long",
            $"/api/v1/reviews-litigation?year={year}", $"/api/v1/reviews-litigation?agency={agency}",
            $"/api/v1/findings?year={year}", $"/api/v1/findings?agency={agency}", "/api/v1/findings?severity=warning",
            $"/api/v1/compliance?year={year}&sort=-score", $"/api/v1/compliance?agency={agency}", $"/api/v1/compliance?q={q}",
            $"/api/v1/coverage?year={year}&hasReport=false",
            "/api/v1/stats/request-outcomes", $"/api/v1/stats/request-outcomes?year={year}",
            "/api/v1/rules", "/api/v1/codelists",
        ];
    }

    /// <summary>What a user searching for a region types: the name up to its first 市/县/区/省, else three characters.</summary>
    public static string RegionPrefix(string name)
    {
        var end = name.IndexOfAny(['市', '县', '区', '省']);
        return end is > 0 and < 8 ? name[..(end + 1)] : name[..Math.Min(3, name.Length)];
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static void Write(string dir, string name, IEnumerable<string> lines) =>
        File.WriteAllLines(Path.Combine(dir, name), lines);
}
