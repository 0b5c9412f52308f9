using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>When the generated report says it was signed (落款日期).</summary>
public enum DatePolicy
{
    /// <summary>Signed in January of the following year, before the 31 January deadline.</summary>
    OnTime,
    /// <summary>Signed between February and May of the following year (date.late).</summary>
    Late,
    /// <summary>No date under the signature (date.missing).</summary>
    Missing,
}

/// <summary>What the previous year's report ended with, so a series chains up (上年结转, 现行有效件数).</summary>
/// <param name="CarriedForward">四、结转下年度继续办理 of the previous year, the six applicant columns.</param>
/// <param name="RegulationsInForce">规章 现行有效件数 of the previous year (null when its template had none).</param>
/// <param name="NormativeDocumentsInForce">行政规范性文件 现行有效件数 of the previous year.</param>
public sealed record PreviousYear(IReadOnlyList<long> CarriedForward, long? RegulationsInForce, long? NormativeDocumentsInForce)
{
    /// <summary>一、本年新收 (总计) of the previous year: lets the narrative state a 同比 change, as 临淄区 does.</summary>
    public long? NewRequests { get; init; }
}

/// <summary>Knobs of <see cref="SyntheticReportGenerator"/>; everything left null is drawn from the seed.</summary>
public sealed record SyntheticOptions
{
    /// <summary>Template; by default 2019 for years 2019–2020 and 2021 from 2021 on.</summary>
    public ReportFormat? Format { get; init; }

    public string? AgencyName { get; init; }

    public int? Year { get; init; }

    /// <summary>A rule id from <see cref="SyntheticDefects.Supported"/> to inject, or null for a clean report.</summary>
    public string? Defect { get; init; }

    /// <summary>Signature date policy; an injected date.* defect overrides it.</summary>
    public DatePolicy Dates { get; init; } = DatePolicy.OnTime;

    /// <summary>The previous year's closing numbers; null draws fresh ones.</summary>
    public PreviousYear? Previous { get; init; }

    /// <summary>Added to the in-force counts a series carries over (a deliberate in-force break when not 0).</summary>
    internal long InForceOffset { get; init; }
}

/// <summary>A generated report: the flattened text, what a correct parser must read from it, and what was broken on purpose.</summary>
/// <param name="InjectedDefects">The rule ids the report must raise (empty for a clean report).</param>
public sealed record SyntheticReport(string Text, AnnualReport Expected, IReadOnlyList<string> InjectedDefects);
