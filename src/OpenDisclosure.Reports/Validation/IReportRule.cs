using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Validation;

/// <summary>
/// A family of checks on one report (one file per family under Rules/). A family declares the rules it can
/// raise so the catalog lists them without running anything.
/// </summary>
public interface IReportRule
{
    IReadOnlyList<RuleDescriptor> Rules { get; }

    IEnumerable<Finding> Check(AnnualReport report);
}
