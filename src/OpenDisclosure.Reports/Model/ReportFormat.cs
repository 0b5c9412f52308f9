namespace OpenDisclosure.Reports.Model;

/// <summary>Which national template the report follows.</summary>
public enum ReportFormat
{
    /// <summary>国办公开办函〔2021〕30号: reports for 2021 onwards.</summary>
    Format2021,

    /// <summary>国办公开办函〔2019〕60号: reports for 2019 and 2020. Table 二 has other rows; 三(六)其他处理 is one row.</summary>
    Format2019,
}

public static class ReportFormatCodes
{
    public static string Code(this ReportFormat format) => format switch
    {
        ReportFormat.Format2019 => "2019",
        _ => "2021",
    };
}
