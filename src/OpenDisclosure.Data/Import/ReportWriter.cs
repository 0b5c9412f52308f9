using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Store;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

internal enum StoreOutcome { Loaded, Replaced, Unchanged, Failed }

/// <summary>Where a report went: its new row and the agency and year it is filed under.</summary>
internal readonly record struct StoredAt(int ReportId, int AgencyId, int Year);

/// <summary>
/// The single writer of an import. Batches many reports into one transaction and wraps each report in a SAVEPOINT,
/// so a report is stored whole or not at all, and a failing report never undoes the others.
/// </summary>
internal sealed class ReportWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly StoreCommands _commands;
    private readonly Dictionary<string, int> _agencies = new(StringComparer.Ordinal);
    private readonly Dictionary<(int AgencyId, int Year), (int ReportId, string Sha256)> _reports = [];
    private readonly HashSet<string> _hashes = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public ReportWriter(SqliteConnection connection)
    {
        _connection = connection;
        LoadState();
        _commands = new StoreCommands(connection);
    }

    /// <summary>The hashes stored when the writer opened: the parallel stage skips parsing these files.</summary>
    public IReadOnlySet<string> StoredHashes() => _hashes.ToHashSet(StringComparer.Ordinal);

    public void BeginBatch()
    {
        _transaction = _connection.BeginTransaction();
        _commands.Enlist(_transaction);
    }

    public void CommitBatch()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        _commands.Enlist(null);
    }

    public (StoreOutcome Outcome, ImportFailure? Failure, StoredAt At) Store(PreparedReport prepared)
    {
        if (prepared.Failure is not null) return (StoreOutcome.Failed, prepared.Failure, default);
        if (prepared.AlreadyStored || _hashes.Contains(prepared.Sha256)) return (StoreOutcome.Unchanged, null, default);
        if (_transaction is null) throw new InvalidOperationException("BeginBatch first.");
        var report = prepared.Checked!.Report;
        var agencyName = report.AgencyName!;
        var year = report.Year!.Value;

        _commands.Savepoint.Run();
        try
        {
            var newAgency = !_agencies.TryGetValue(agencyName, out var agencyId);
            if (newAgency) agencyId = (int)_commands.Agency.RunReturningId(agencyName);

            var replaces = _reports.TryGetValue((agencyId, year), out var earlier);
            if (replaces) _commands.DeleteReport(earlier.ReportId);

            var reportId = Insert(prepared, agencyId, year);
            _commands.Release.Run();

            // Caches change only once the report is safely in the transaction.
            if (newAgency) _agencies[agencyName] = agencyId;
            if (replaces) _hashes.Remove(earlier.Sha256);
            _reports[(agencyId, year)] = (reportId, prepared.Sha256);
            _hashes.Add(prepared.Sha256);
            return (replaces ? StoreOutcome.Replaced : StoreOutcome.Loaded, null, new StoredAt(reportId, agencyId, year));
        }
        catch (Exception e) when (StoreFailures.ProblemOf(e) is null)
        {
            // Any failure inside one report (a constraint, an unexpected value) undoes that report only. A failure of
            // the store itself (disk full, lock, I/O) is not the report's: it stops the import with its own cause.
            _commands.RollbackTo.Run();
            _commands.Release.Run();
            return (StoreOutcome.Failed, new ImportFailure(prepared.File, 0, $"not stored: {e.GetType().Name}: {e.Message}"), default);
        }
    }

    public int AgencyCount => _agencies.Count;

    /// <summary>The stored report of an agency and year, including those stored before this import.</summary>
    public int? ReportIdOf(int agencyId, int year) => _reports.TryGetValue((agencyId, year), out var r) ? r.ReportId : null;

    private int Insert(PreparedReport prepared, int agencyId, int year)
    {
        var (report, findings) = prepared.Checked!;
        var contact = report.Contact;
        var reportId = (int)_commands.Report.RunReturningId(
            agencyId, year, report.Format.Code(),
            report.PublishedOn, report.StatisticalPeriod?.Start, report.StatisticalPeriod?.End,
            contact.Address, contact.PostalCode, contact.Phone, contact.Email, contact.Website,
            Path.GetFileName(prepared.File), prepared.Sha256, DateTime.UtcNow,
            Count(findings, Severity.Error), Count(findings, Severity.Warning), Count(findings, Severity.Info));

        // About 40 rows a report, one multi-row INSERT per table, bound one typed value at a time (no boxing).
        var sections = report.Sections;
        if (sections.Count > 0)
        {
            var insert = _commands.Sections.For(sections.Count);
            for (int i = 0, p = 1; i < sections.Count; i++, p += 4)
                insert.Bind(p, reportId).Bind(p + 1, sections[i].Number).Bind(p + 2, sections[i].Heading).Bind(p + 3, sections[i].StartLine);
            insert.Execute();
        }

        if (report.Proactive is { Cells.Count: > 0 } proactive)
        {
            var insert = _commands.ProactiveCells.For(proactive.Cells.Count);
            var p = 1;
            foreach (var (field, cell) in proactive.Cells)
            {
                insert.Bind(p, reportId).Bind(p + 1, field).Bind(p + 2, cell.Value).Bind(p + 3, cell.Line);
                p += 4;
            }
            insert.Execute();
        }

        if (report.Requests is { Rows.Count: > 0 } requests)
        {
            var insert = _commands.RequestOutcomes.For(requests.Rows.Count);
            for (int order = 0, p = 1; order < requests.Rows.Count; order++, p += _commands.RequestOutcomes.Columns)
            {
                var row = requests.Rows[order];
                insert.Bind(p, reportId).Bind(p + 1, order).Bind(p + 2, row.Code).Bind(p + 3, year).Bind(p + 4, agencyId);
                for (var column = 0; column < 7; column++) insert.Bind(p + 5 + column, row.Cells[column].Count);
            }
            insert.Execute();
        }

        if (report.ReviewLitigation is { } review)
        {
            var values = new object?[16];
            values[0] = reportId;
            for (var i = 0; i < 15; i++) values[i + 1] = review.Cells[i].Count;
            _commands.ReviewLitigation.Run(values);
        }

        foreach (var finding in findings)
            _commands.Finding.InsertFinding(reportId, agencyId, year, finding);

        // The 同比 claims are the report's own (its text), stored with it; the derived data waits for DerivedWork.
        var claims = (prepared.YearTables ?? YearTables.From(report)!).YoyClaims;
        for (var i = 0; i < claims.Count; i++)
            _commands.YoyClaim.Run(reportId, i, claims[i].Increase ? 1 : 0,
                claims[i].Percent.Value.ToString(CultureInfo.InvariantCulture), claims[i].Sentence, claims[i].Section);
        _commands.MarkDerivedPending.Run(reportId);

        if (prepared.Narrative is { } narrative)
            _commands.Narrative.Run(reportId, agencyId, year, narrative.Signature, narrative.SectionsJson);

        return reportId;
    }

    private static int Count(IReadOnlyList<Finding> findings, Severity severity)
    {
        var n = 0;
        foreach (var f in findings) if (f.Severity == severity) n++;
        return n;
    }

    private void LoadState()
    {
        using var agencies = _connection.CreateCommand();
        agencies.CommandText = $"SELECT \"Id\", \"Name\" FROM {Tables.Agencies}";
        using (var reader = agencies.ExecuteReader())
            while (reader.Read()) _agencies[reader.GetString(1)] = reader.GetInt32(0);

        using var reports = _connection.CreateCommand();
        reports.CommandText = $"SELECT \"Id\", \"AgencyId\", \"Year\", \"Sha256\" FROM {Tables.Reports}";
        using (var reader = reports.ExecuteReader())
            while (reader.Read())
            {
                _reports[(reader.GetInt32(1), reader.GetInt32(2))] = (reader.GetInt32(0), reader.GetString(3));
                _hashes.Add(reader.GetString(3));
            }
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _commands.Dispose();
    }
}
