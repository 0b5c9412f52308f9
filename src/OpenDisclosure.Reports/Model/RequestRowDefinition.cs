namespace OpenDisclosure.Reports.Model;

/// <summary>How a row of table 三 takes part in the table's arithmetic.</summary>
public enum RequestRowRole
{
    /// <summary>一、本年新收 and 二、上年结转: the inflow.</summary>
    Inflow,
    /// <summary>A leaf of 三、本年度办理结果: summed into (七)总计.</summary>
    Outcome,
    /// <summary>三(七)总计.</summary>
    TotalProcessed,
    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}

/// <summary>
/// One row of table 三 (收到和处理政府信息公开申请情况).
/// </summary>
/// <param name="Code">Stable code used in JSON, CSV and filters.</param>
/// <param name="Group">The outcome group (e.g. "denied", "unavailable"), null for top-level rows.</param>
/// <param name="LabelZh">The row label as printed in the template.</param>
/// <param name="Keywords">Distinctive fragments the parser matches in (possibly broken) labels; all must occur.</param>
public sealed record RequestRowDefinition(
    string Code,
    RequestRowRole Role,
    string? Group,
    string LabelZh,
    string LabelEn,
    IReadOnlyList<string> Keywords);
