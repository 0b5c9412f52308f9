using Microsoft.Data.Sqlite;
using OpenDisclosure.Reports;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

internal enum StoreOutcome { Loaded, Replaced, Unchanged, Failed }

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

    public (StoreOutcome Outcome, ImportFailure? Failure) Store(PreparedReport prepared)
    {
        if (prepared.Failure is not null) return (StoreOutcome.Failed, prepared.Failure);
        if (prepared.AlreadyStored || _hashes.Contains(prepared.Sha256)) return (StoreOutcome.Unchanged, null);
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
            return (replaces ? StoreOutcome.Replaced : StoreOutcome.Loaded, null);
        }
        catch (Exception e)
        {
            // Any failure inside one report (a constraint, an unexpected value) undoes that report only.
            _commands.RollbackTo.Run();
            _commands.Release.Run();
            return (StoreOutcome.Failed, new ImportFailure(prepared.File, 0, $"not stored: {e.GetType().Name}: {e.Message}"));
        }
    }

    public int AgencyCount => _agencies.Count;

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

        foreach (var section in report.Sections)
            _commands.Section.Run(reportId, section.Number, section.Heading, section.StartLine);

        if (report.Proactive is { } proactive)
            foreach (var (field, cell) in proactive.Cells)
                _commands.ProactiveCell.Run(reportId, field, cell.Value, cell.Line);

        if (report.Requests is { } requests)
            for (var order = 0; order < requests.Rows.Count; order++)
            {
                var row = requests.Rows[order];
                _commands.RequestOutcome.Run(reportId, order, row.Code, year, agencyId,
                    row.Cells[0].Count, row.Cells[1].Count, row.Cells[2].Count, row.Cells[3].Count,
                    row.Cells[4].Count, row.Cells[5].Count, row.Cells[6].Count);
            }

        if (report.ReviewLitigation is { } review)
        {
            var values = new object?[16];
            values[0] = reportId;
            for (var i = 0; i < 15; i++) values[i + 1] = review.Cells[i].Count;
            _commands.ReviewLitigation.Run(values);
        }

        foreach (var finding in findings)
        {
            var at = finding.Location;
            _commands.Finding.Run(reportId, agencyId, year, finding.RuleId, finding.Severity.Code(),
                finding.MessageZh, finding.MessageEn, at.Section, at.Row, at.Column, at.Line,
                finding.Expected, finding.Actual, finding.Evidence);
        }

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
