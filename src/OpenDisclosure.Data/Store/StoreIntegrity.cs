using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Store;

/// <summary>The outcome of one integrity check: <see cref="Problem"/> is null when SQLite found nothing wrong.</summary>
public sealed record IntegrityResult(string? Problem, DateTime CheckedUtc, TimeSpan Took)
{
    public bool IsOk => Problem is null;
}

/// <summary>
/// SQLite's <c>PRAGMA quick_check</c> over the whole file: every page of every table and index is read, so it costs
/// time in proportion to the database (seconds on a large one). Run it in the background and keep the result;
/// probes read the kept result (see the API's IntegrityMonitor).
/// </summary>
public static class StoreIntegrity
{
    public static IntegrityResult QuickCheck(string databasePath)
    {
        var clock = Stopwatch.StartNew();
        string? problem;
        try
        {
            using var connection = ReadOnlyConnection.Open(databasePath, TimeSpan.FromSeconds(5));
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check(1)";
            check.CommandTimeout = 0;
            var answer = check.ExecuteScalar() as string;
            problem = answer == "ok" ? null : answer ?? "no answer from quick_check";
        }
        catch (SqliteException e)
        {
            problem = e.Message;
        }
        return new IntegrityResult(problem, DateTime.UtcNow, clock.Elapsed);
    }
}
