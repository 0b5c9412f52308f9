using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

/// <summary>Binds a <see cref="Finding"/> to the findings INSERT of <see cref="StoreCommands.FindingInsert"/>, in its column order.</summary>
internal static class FindingRows
{
    public static void InsertFinding(this NativeStatement insert, int reportId, int agencyId, int year, Finding finding)
    {
        var at = finding.Location;
        insert.Run(reportId, agencyId, year, finding.RuleId, finding.Severity.Code(),
            finding.MessageZh, finding.MessageEn, at.Section, at.Row, at.Column, at.Line,
            finding.Expected, finding.Actual, finding.Evidence);
    }
}
