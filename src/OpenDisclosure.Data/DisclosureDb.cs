using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Rows;

namespace OpenDisclosure.Data;

/// <summary>
/// The SQLite store shared by the API and the seeding tool. The database is derived data: it is rebuilt from
/// data/reports/ whenever <see cref="SchemaVersion"/> changes (no EF migrations: the design-time tools are not
/// available here, and a rebuild is cheap and always correct).
/// </summary>
public sealed class DisclosureDb(DbContextOptions<DisclosureDb> options) : DbContext(options)
{
    /// <summary>Bump whenever a row class, key or index changes.</summary>
    public const int SchemaVersion = 7;

    public DbSet<AgencyRow> Agencies => Set<AgencyRow>();
    public DbSet<ReportRow> Reports => Set<ReportRow>();
    public DbSet<SectionRow> Sections => Set<SectionRow>();
    public DbSet<ProactiveCellRow> ProactiveCells => Set<ProactiveCellRow>();
    public DbSet<RequestOutcomeRow> RequestOutcomes => Set<RequestOutcomeRow>();
    public DbSet<ReviewLitigationRow> ReviewLitigation => Set<ReviewLitigationRow>();
    public DbSet<FindingRow> Findings => Set<FindingRow>();
    public DbSet<MetaRow> Meta => Set<MetaRow>();
    public DbSet<YoyClaimRow> YoyClaims => Set<YoyClaimRow>();
    public DbSet<ComplianceRow> Compliance => Set<ComplianceRow>();
    public DbSet<NarrativeRow> Narratives => Set<NarrativeRow>();
    public DbSet<SimilarityRow> Similarity => Set<SimilarityRow>();
    public DbSet<FindingReviewRow> FindingReviews => Set<FindingReviewRow>();
    public DbSet<OutcomeMeasureRow> OutcomeMeasures => Set<OutcomeMeasureRow>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<AgencyRow>(e =>
        {
            e.ToTable(Tables.Agencies);
            e.HasIndex(a => a.Name).IsUnique();
            // The importer inserts the name only; AgencySummaries fills the figures once the reports are in.
            e.Property(a => a.ReportCount).HasDefaultValue(0);
        });

        model.Entity<ReportRow>(e =>
        {
            e.ToTable(Tables.Reports);
            e.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique();
            e.HasIndex(r => new { r.Year, r.Id });
            // GET /years: report and distinct agency counts per year from the index alone (no row lookups).
            e.HasIndex(r => new { r.Year, r.AgencyId });
            e.HasIndex(r => r.Sha256);
            e.HasOne(r => r.Agency).WithMany(a => a.Reports).HasForeignKey(r => r.AgencyId);
        });

        model.Entity<SectionRow>(e =>
        {
            e.ToTable(Tables.Sections);
            e.HasKey(s => new { s.ReportId, s.Number, s.StartLine });
            e.HasOne<ReportRow>().WithMany(r => r.Sections).HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<ProactiveCellRow>(e =>
        {
            e.ToTable(Tables.ProactiveCells);
            e.HasKey(c => new { c.ReportId, c.Field });
            e.HasOne<ReportRow>().WithMany(r => r.ProactiveCells).HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<RequestOutcomeRow>(e =>
        {
            e.ToTable(Tables.RequestOutcomes);
            e.HasKey(o => new { o.ReportId, o.RowOrder });
            e.HasIndex(o => new { o.Year, o.ReportId, o.RowOrder });
            // Filter columns first, then the keyset order: a filtered page is an index range read in order, no sort.
            e.HasIndex(o => new { o.AgencyId, o.Year, o.ReportId, o.RowOrder });
            // No RowCode index: every report has each row once, so a row filter keeps 1 row in 25 and a key-order
            // scan fills a page after ~2,500 rows; the index cost a third of a bulk load's index rebuild.
            e.HasOne<ReportRow>().WithMany(r => r.RequestOutcomes).HasForeignKey(o => o.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<ReviewLitigationRow>(e =>
        {
            e.ToTable(Tables.ReviewLitigation);
            e.HasKey(r => r.ReportId);
            e.HasOne<ReportRow>().WithOne(r => r.ReviewLitigation).HasForeignKey<ReviewLitigationRow>(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<FindingRow>(e =>
        {
            e.ToTable(Tables.Findings);
            e.HasIndex(f => new { f.Year, f.Id });
            e.HasIndex(f => new { f.AgencyId, f.Year });
            e.HasIndex(f => new { f.ReportId });
            e.HasIndex(f => new { f.RuleId, f.Id });
            // severity= alone: a rare severity (error in a clean corpus) would otherwise scan every finding in id order.
            e.HasIndex(f => new { f.Severity, f.Id });
            e.HasOne<ReportRow>().WithMany(r => r.Findings).HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<YoyClaimRow>(e =>
        {
            e.ToTable(Tables.YoyClaims);
            e.HasKey(c => new { c.ReportId, c.Ordinal });
            e.HasOne<ReportRow>().WithMany().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<ComplianceRow>(e =>
        {
            e.ToTable(Tables.Compliance);
            e.HasKey(c => c.ReportId);
            e.HasIndex(c => new { c.ScoreKey, c.ReportId });
            e.HasIndex(c => new { c.Year, c.ScoreKey, c.ReportId });
            // year= in report order (the default) without sorting the year; agency= with or without sort=score.
            e.HasIndex(c => new { c.Year, c.ReportId });
            e.HasIndex(c => new { c.AgencyId, c.ScoreKey, c.ReportId });
            // sort=-score is ScoreKey descending, then ReportId ascending (the cursor's tie-break): read backwards, the
            // ascending indexes give ReportId descending, and SQLite sorted every report of the top score (thousands
            // score 100) on each page. These read forwards in exactly the page order.
            e.HasIndex(c => new { c.ScoreKey, c.ReportId }, "IX_compliance_ScoreKeyDesc_ReportId").IsDescending(true, false);
            e.HasIndex(c => new { c.Year, c.ScoreKey, c.ReportId }, "IX_compliance_Year_ScoreKeyDesc_ReportId").IsDescending(false, true, false);
            e.HasOne<ReportRow>().WithOne().HasForeignKey<ComplianceRow>(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<NarrativeRow>(e =>
        {
            e.ToTable(Tables.Narratives);
            e.HasKey(n => n.ReportId);
            e.HasIndex(n => new { n.Year, n.ReportId });
            e.HasOne<ReportRow>().WithOne().HasForeignKey<NarrativeRow>(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<SimilarityRow>(e =>
        {
            e.ToTable(Tables.Similarity);
            e.HasKey(s => new { s.ReportId, s.Kind });
            e.HasIndex(s => new { s.Year, s.ReportId });
            e.HasOne<ReportRow>().WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        // No foreign key: a review outlives the finding rows (and the report row) it was made on.
        model.Entity<FindingReviewRow>(e =>
        {
            e.ToTable(Tables.FindingReviews);
            e.HasKey(r => new { r.ReportSha256, r.RuleId, r.LocationKey });
        });

        model.Entity<OutcomeMeasureRow>(e =>
        {
            e.ToTable(Tables.OutcomeMeasures);
            e.HasKey(m => m.ReportId);
            // year= filter and groupBy=year (in order); groupBy=agency within a year reads the same range.
            e.HasIndex(m => new { m.Year, m.AgencyId });
            e.HasOne<ReportRow>().WithOne().HasForeignKey<OutcomeMeasureRow>(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<MetaRow>(e =>
        {
            e.ToTable(Tables.Meta);
            e.HasKey(m => m.Key);
        });
    }
}
