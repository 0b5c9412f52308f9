using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// Loads report files into the store. Files are parsed in parallel while one writer stores the earlier batches;
/// each batch is one transaction and each report one savepoint in it. Idempotent by content hash: the same bytes
/// again are a no-op; a changed file for the same agency and year replaces the earlier report.
/// The schema must exist (see <see cref="DatabaseBootstrap"/>).
/// </summary>
public sealed class ReportImporter(string databasePath, ILogger? log = null)
{
    /// <summary>Reports per transaction: large enough to amortise the commit, small enough to bound memory.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Parallel parsing workers (the writer is one more thread).</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>A load of at least this many files rebuilds secondary indexes at the end
    /// instead of row by row, provided the store holds fewer than half as many reports (see <see cref="DeferredIndexes"/>).</summary>
    public int DeferIndexesFrom { get; init; } = 2000;

    /// <summary>Called after each committed batch with the running totals (for progress output).</summary>
    public Action<ImportSummary>? BatchStored { get; init; }

    public ImportSummary ImportFiles(IEnumerable<string> paths) =>
        Run(paths.Select(p => (p, (Func<ReportSource>)(() => ReportSource.FromFile(p)))).ToList());

    public ImportSummary Import(IEnumerable<ReportSource> sources) =>
        Run(sources.Select(s => (s.FileName, (Func<ReportSource>)(() => s))).ToList());

    private ImportSummary Run(IReadOnlyList<(string File, Func<ReportSource> Load)> items)
    {
        var clock = Stopwatch.StartNew();
        var summary = new ImportSummary();
        using var connection = new SqliteConnection(DisclosureDbFactory.ConnectionString(databasePath));
        connection.Open();
        ImportPragmas.Apply(connection);
        DeferredIndexes.Restore(connection); // after an interrupted bulk load
        var deferIndexes = items.Count >= DeferIndexesFrom && StoredReportCount(connection) * 2 <= items.Count;
        if (deferIndexes) DeferredIndexes.Drop(connection);
        var touched = new Dictionary<(int AgencyId, int Year), TouchedReport>();
        using var writer = new ReportWriter(connection);
        try
        {
            WriteAll(writer, items, summary, clock, touched);
            summary.Agencies = writer.AgencyCount;
        }
        finally
        {
            if (deferIndexes)
            {
                var indexing = Stopwatch.StartNew();
                DeferredIndexes.Restore(connection);
                summary.IndexTime = indexing.Elapsed;
            }
        }
        // Once the whole load is in and indexed: neighbours of any year may have arrived in any batch.
        var crossYear = Stopwatch.StartNew();
        CrossYearPass.Run(connection, touched, writer.ReportIdOf);
        AgencySummaries.Refresh(connection, touched.Keys.Select(k => k.AgencyId));
        summary.CrossYearTime = crossYear.Elapsed;

        summary.Elapsed = clock.Elapsed;
        log?.LogInformation("Import: {Files} files, {Loaded} loaded, {Replaced} replaced, {Unchanged} unchanged, {Failed} failed in {Seconds:0.00} s",
            summary.FilesSeen, summary.Loaded, summary.Replaced, summary.Unchanged, summary.Failed.Count, summary.Elapsed.TotalSeconds);
        return summary;
    }

    /// <summary>Parsed chunks waiting for the writer: enough that the parsers never idle while it stores, few enough to bound memory.</summary>
    private const int ChunksAhead = 2;

    private void WriteAll(ReportWriter writer, IReadOnlyList<(string File, Func<ReportSource> Load)> items, ImportSummary summary, Stopwatch clock,
        Dictionary<(int AgencyId, int Year), TouchedReport> touched)
    {
        var stored = writer.StoredHashes();
        // Pipeline: the workers keep parsing chunks in file order while the writer stores the earlier ones.
        using var ready = new BlockingCollection<PreparedReport[]>(ChunksAhead);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var chunk in items.Chunk(BatchSize)) ready.Add(Prepare(chunk, stored), stop.Token);
            }
            finally
            {
                ready.CompleteAdding();
            }
        });
        try
        {
            foreach (var prepared in ready.GetConsumingEnumerable())
            {
                var storing = Stopwatch.StartNew();
                var cpu = ThreadCpu.Now();
                Write(writer, prepared, summary, touched);
                summary.StoreTime += storing.Elapsed;
                if (cpu is { } before && ThreadCpu.Now() is { } after) summary.StoreCpuTime += after - before;
                summary.Elapsed = clock.Elapsed;
                BatchStored?.Invoke(summary);
            }
        }
        finally
        {
            stop.Cancel(); // a writer that failed must not leave the producer blocked on a full queue
            try { producer.GetAwaiter().GetResult(); }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        }
    }

    private static long StoredReportCount(SqliteConnection connection)
    {
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {Tables.Reports}";
        return (long)count.ExecuteScalar()!;
    }

    private PreparedReport[] Prepare((string File, Func<ReportSource> Load)[] chunk, IReadOnlySet<string> stored)
    {
        var prepared = new PreparedReport[chunk.Length];
        Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = Workers },
            i => prepared[i] = ReportPreparer.Prepare(chunk[i].Load, chunk[i].File, stored));
        return prepared;
    }

    private void Write(ReportWriter writer, PreparedReport[] batch, ImportSummary summary,
        Dictionary<(int AgencyId, int Year), TouchedReport> touched)
    {
        writer.BeginBatch();
        foreach (var prepared in batch)
        {
            summary.FilesSeen++;
            var (outcome, failure, at) = writer.Store(prepared);
            if (outcome is StoreOutcome.Loaded or StoreOutcome.Replaced)
            {
                var tables = prepared.YearTables!;
                var reference = StoredReport.RefOf(tables.Agency, at.Year, at.ReportId, Path.GetFileName(prepared.File));
                touched[(at.AgencyId, at.Year)] = new TouchedReport(at, tables with { ReportRef = reference }, prepared.Checked!.Findings);
            }
            switch (outcome)
            {
                case StoreOutcome.Loaded: summary.Loaded++; break;
                case StoreOutcome.Replaced: summary.Replaced++; break;
                case StoreOutcome.Unchanged: summary.Unchanged++; break;
                default:
                    summary.Failed.Add(failure!);
                    log?.LogWarning("Not loaded: {Failure}", failure);
                    break;
            }
            if (outcome is StoreOutcome.Loaded or StoreOutcome.Replaced)
                foreach (var finding in prepared.Checked!.Findings)
                {
                    var severity = finding.Severity.Code();
                    summary.FindingsBySeverity[severity] = summary.FindingsBySeverity.GetValueOrDefault(severity) + 1;
                }
        }
        writer.CommitBatch();
    }
}
