using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Rows;

namespace OpenDisclosure.Data.Import;

/// <summary>The prepared statements of one import connection, created once and reused for every report.</summary>
internal sealed class StoreCommands : IDisposable
{
    public NativeStatement Agency { get; }
    public NativeStatement Report { get; }
    public MultiRowInsert Sections { get; }
    public MultiRowInsert ProactiveCells { get; }
    public MultiRowInsert RequestOutcomes { get; }
    public NativeStatement ReviewLitigation { get; }
    public NativeStatement Finding { get; }
    public NativeStatement Narrative { get; }
    public NativeStatement YoyClaim { get; }

    /// <summary>Lists a stored report in <see cref="DerivedWork.Table"/>, in the report's own savepoint.</summary>
    public NativeStatement MarkDerivedPending { get; }

    /// <summary>SAVEPOINT / RELEASE / ROLLBACK TO around each report, prepared once (SqliteTransaction.Save builds a command per call).</summary>
    public NativeStatement Savepoint { get; }
    public NativeStatement Release { get; }
    public NativeStatement RollbackTo { get; }

    /// <summary>Deletes one report's rows, children first (explicit: the import runs with foreign keys off, see <see cref="ImportPragmas"/>).</summary>
    private readonly SqliteCommand[] _deleteReport;

    public StoreCommands(SqliteConnection connection)
    {
        Agency = NativeStatement.Insert(connection, Tables.Agencies, [nameof(AgencyRow.Name)]);
        Report = NativeStatement.Insert(connection, Tables.Reports,
        [
            nameof(ReportRow.AgencyId), nameof(ReportRow.Year), nameof(ReportRow.Format),
            nameof(ReportRow.PublishedOn), nameof(ReportRow.PeriodStart), nameof(ReportRow.PeriodEnd),
            nameof(ReportRow.Address), nameof(ReportRow.PostalCode), nameof(ReportRow.Phone), nameof(ReportRow.Email),
            nameof(ReportRow.Website), nameof(ReportRow.SourceFile), nameof(ReportRow.Sha256), nameof(ReportRow.LoadedAtUtc),
            nameof(ReportRow.ErrorCount), nameof(ReportRow.WarningCount), nameof(ReportRow.InfoCount),
        ]);
        Sections = new MultiRowInsert(connection, Tables.Sections,
            [nameof(SectionRow.ReportId), nameof(SectionRow.Number), nameof(SectionRow.Heading), nameof(SectionRow.StartLine)]);
        ProactiveCells = new MultiRowInsert(connection, Tables.ProactiveCells,
            [nameof(ProactiveCellRow.ReportId), nameof(ProactiveCellRow.Field), nameof(ProactiveCellRow.Value), nameof(ProactiveCellRow.Line)]);
        RequestOutcomes = new MultiRowInsert(connection, Tables.RequestOutcomes,
        [
            nameof(RequestOutcomeRow.ReportId), nameof(RequestOutcomeRow.RowOrder), nameof(RequestOutcomeRow.RowCode),
            nameof(RequestOutcomeRow.Year), nameof(RequestOutcomeRow.AgencyId),
            nameof(RequestOutcomeRow.NaturalPerson), nameof(RequestOutcomeRow.CommercialEnterprise),
            nameof(RequestOutcomeRow.ResearchInstitution), nameof(RequestOutcomeRow.SocialWelfareOrganization),
            nameof(RequestOutcomeRow.LegalServiceAgency), nameof(RequestOutcomeRow.OtherOrganization), nameof(RequestOutcomeRow.Total),
        ]);
        ReviewLitigation = NativeStatement.Insert(connection, Tables.ReviewLitigation,
        [
            nameof(ReviewLitigationRow.ReportId),
            nameof(ReviewLitigationRow.ReviewUpheld), nameof(ReviewLitigationRow.ReviewCorrected), nameof(ReviewLitigationRow.ReviewOther),
            nameof(ReviewLitigationRow.ReviewPending), nameof(ReviewLitigationRow.ReviewTotal),
            nameof(ReviewLitigationRow.LitigationDirectUpheld), nameof(ReviewLitigationRow.LitigationDirectCorrected),
            nameof(ReviewLitigationRow.LitigationDirectOther), nameof(ReviewLitigationRow.LitigationDirectPending),
            nameof(ReviewLitigationRow.LitigationDirectTotal),
            nameof(ReviewLitigationRow.LitigationAfterReviewUpheld), nameof(ReviewLitigationRow.LitigationAfterReviewCorrected),
            nameof(ReviewLitigationRow.LitigationAfterReviewOther), nameof(ReviewLitigationRow.LitigationAfterReviewPending),
            nameof(ReviewLitigationRow.LitigationAfterReviewTotal),
        ]);
        Finding = FindingInsert(connection);
        Narrative = NativeStatement.Insert(connection, Tables.Narratives,
            [nameof(NarrativeRow.ReportId), nameof(NarrativeRow.AgencyId), nameof(NarrativeRow.Year), nameof(NarrativeRow.Signature), nameof(NarrativeRow.Sections)]);
        YoyClaim = NativeStatement.Insert(connection, Tables.YoyClaims,
        [
            nameof(YoyClaimRow.ReportId), nameof(YoyClaimRow.Ordinal), nameof(YoyClaimRow.Increase),
            nameof(YoyClaimRow.Percent), nameof(YoyClaimRow.Sentence), nameof(YoyClaimRow.Section),
        ]);
        MarkDerivedPending = new NativeStatement(connection, $"INSERT OR IGNORE INTO {DerivedWork.Table} (\"ReportId\") VALUES (?1)", 1);

        Savepoint = new(connection, "SAVEPOINT report");
        Release = new(connection, "RELEASE SAVEPOINT report");
        RollbackTo = new(connection, "ROLLBACK TO SAVEPOINT report");

        string[] children = [Tables.Sections, Tables.ProactiveCells, Tables.RequestOutcomes, Tables.ReviewLitigation, Tables.Findings,
            Tables.YoyClaims, Tables.Compliance, Tables.OutcomeMeasures, DerivedWork.Table, Tables.Narratives, Tables.Similarity];
        _deleteReport = children.Select(t => $"DELETE FROM {t} WHERE \"ReportId\" = $id")
            .Append($"DELETE FROM {Tables.Reports} WHERE \"Id\" = $id")
            .Select(sql =>
            {
                var command = connection.CreateCommand();
                command.CommandText = sql;
                command.Parameters.Add(new SqliteParameter("$id", 0));
                return command;
            })
            .ToArray();
    }

    /// <summary>The findings INSERT, shared with the cross-year pass; run it with <see cref="FindingRows.InsertFinding"/>.</summary>
    public static NativeStatement FindingInsert(SqliteConnection connection) => NativeStatement.Insert(connection, Tables.Findings,
    [
        nameof(FindingRow.ReportId), nameof(FindingRow.AgencyId), nameof(FindingRow.Year), nameof(FindingRow.RuleId),
        nameof(FindingRow.Severity), nameof(FindingRow.MessageZh), nameof(FindingRow.MessageEn), nameof(FindingRow.Section),
        nameof(FindingRow.RowCode), nameof(FindingRow.ColumnCode), nameof(FindingRow.Line), nameof(FindingRow.Expected),
        nameof(FindingRow.Actual), nameof(FindingRow.Evidence),
    ]);

    private IEnumerable<IDisposable> Statements =>
        [Agency, Report, Sections, ProactiveCells, RequestOutcomes, ReviewLitigation, Finding, Narrative, YoyClaim, MarkDerivedPending, Savepoint, Release, RollbackTo];

    /// <summary>ADO.NET commands must name the connection's open transaction (Microsoft.Data.Sqlite checks); the native inserts need not.</summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        foreach (var delete in _deleteReport) delete.Transaction = transaction;
    }

    public void DeleteReport(int reportId)
    {
        foreach (var delete in _deleteReport)
        {
            delete.Parameters[0].Value = reportId;
            delete.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var statement in Statements) statement.Dispose();
        foreach (var delete in _deleteReport) delete.Dispose();
    }
}
