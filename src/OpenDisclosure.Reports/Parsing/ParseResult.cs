using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>What the parser could read, plus its diagnostics (rule ids <c>parse.*</c>) with line numbers.</summary>
public sealed record ParseResult(AnnualReport Report, IReadOnlyList<Finding> Diagnostics);
