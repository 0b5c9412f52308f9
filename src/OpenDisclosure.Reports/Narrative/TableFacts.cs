using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Narrative;

/// <summary>One reading of the tables a narrative number may legitimately mean, e.g. 新收 alone or 新收 + 上年结转.</summary>
public sealed record TableReading(long Value, string LabelZh, string LabelEn);

/// <summary>The 总计-column values of tables 三 and 四 that narrative numbers are compared with.</summary>
public static class TableFacts
{
    /// <summary>
    /// Every reading of the tables the stated number may mean. A narrative number only disagrees when it matches
    /// none of them: "共收到申请14件" may count 上年结转 in, and "行政诉讼N件" may mean either kind of lawsuit.
    /// Empty when a needed cell is missing (cell.missing already reports that).
    /// </summary>
    public static IReadOnlyList<TableReading> Readings(AnnualReport report, RequestMeasure measure)
    {
        var readings = new List<TableReading>();
        void Add(long? value, string zh, string en)
        {
            if (value is { } v) readings.Add(new TableReading(v, zh, en));
        }

        var t = report.Requests;
        var r = report.ReviewLitigation;
        switch (measure)
        {
            case RequestMeasure.NewRequests:
                Add(Total(t, RequestRows.NewRequests), "表三 一、本年新收", "table 3 row 1, new requests");
                Add(Total(t, RequestRows.NewRequests) + Total(t, RequestRows.CarriedOver), "表三 一+二（新收+上年结转）", "table 3 rows 1+2, new plus carried over");
                break;
            case RequestMeasure.CarriedOver:
                Add(Total(t, RequestRows.CarriedOver), "表三 二、上年结转", "table 3 row 2, carried over");
                break;
            case RequestMeasure.CarriedForward:
                Add(Total(t, RequestRows.CarriedForward), "表三 四、结转下年度继续办理", "table 3 row 4, carried forward");
                break;
            case RequestMeasure.TotalProcessed:
                Add(Total(t, RequestRows.TotalProcessed), "表三 （七）总计", "table 3 total processed");
                break;
            case RequestMeasure.Granted:
                Add(Total(t, "granted"), "表三 （一）予以公开", "table 3 granted");
                break;
            case RequestMeasure.PartiallyGranted:
                Add(Total(t, "partially_granted"), "表三 （二）部分公开", "table 3 partially granted");
                break;
            case RequestMeasure.Denied:
                Add(GroupTotal(t, "denied"), "表三 （三）不予公开 1-8 之和", "table 3 denied, sum of 8 reasons");
                break;
            case RequestMeasure.Unavailable:
                Add(GroupTotal(t, "unavailable"), "表三 （四）无法提供 1-3 之和", "table 3 unavailable, sum of 3 reasons");
                break;
            case RequestMeasure.NotProcessed:
                Add(GroupTotal(t, "not_processed"), "表三 （五）不予处理 1-5 之和", "table 3 not processed, sum of 5 reasons");
                break;
            case RequestMeasure.OtherProcessing:
                Add(GroupTotal(t, "other"), "表三 （六）其他处理之和", "table 3 other processing, sum");
                break;
            case RequestMeasure.Review:
                Add(Count(r, 0), "表四 行政复议 总计", "table 4 administrative review total");
                break;
            case RequestMeasure.Litigation:
                Add(Count(r, 1) + Count(r, 2), "表四 行政诉讼 总计（直接起诉+复议后起诉）", "table 4 lawsuits total, direct plus after review");
                Add(Count(r, 1), "表四 未经复议直接起诉 总计", "table 4 lawsuits without prior review");
                Add(Count(r, 2), "表四 复议后起诉 总计", "table 4 lawsuits after review");
                break;
        }
        return readings;
    }

    /// <summary>Denominators a stated share (占xx%) may use: total processed, new requests, new + carried over.</summary>
    public static IReadOnlyList<TableReading> ShareDenominators(AnnualReport report)
    {
        var t = report.Requests;
        var list = new List<TableReading>();
        if (Total(t, RequestRows.TotalProcessed) is { } processed) list.Add(new(processed, "办理结果总计", "total processed"));
        if (Total(t, RequestRows.NewRequests) is { } received) list.Add(new(received, "本年新收", "new requests"));
        if (Total(t, RequestRows.NewRequests) + Total(t, RequestRows.CarriedOver) is { } inflow) list.Add(new(inflow, "新收+上年结转", "new plus carried over"));
        return list;
    }

    public static long? Total(RequestTable? table, string rowCode) => table?[rowCode, ApplicantColumn.Total].Count;

    /// <summary>Sum of a group's rows in the 总计 column; null when the group is absent or any cell is missing.</summary>
    public static long? GroupTotal(RequestTable? table, string group)
    {
        if (table is null) return null;
        var rows = table.Rows.Where(row => row.Definition.Group == group).ToList();
        if (rows.Count == 0) return null;
        long sum = 0;
        foreach (var row in rows)
        {
            if (row[ApplicantColumn.Total].Count is not { } v) return null;
            sum += v;
        }
        return sum;
    }

    private static long? Count(ReviewLitigationTable? table, int group) => table?[group, 4].Count;
}
