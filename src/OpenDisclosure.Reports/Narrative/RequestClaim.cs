namespace OpenDisclosure.Reports.Narrative;

/// <summary>A quantity about requests that narrative text can state, with the row code used in findings.</summary>
public enum RequestMeasure
{
    /// <summary>收到/新收/受理…申请 N 件</summary>
    NewRequests,
    /// <summary>上年结转 N 件</summary>
    CarriedOver,
    /// <summary>作出…答复 N 件</summary>
    TotalProcessed,
    /// <summary>予以公开 N 件</summary>
    Granted,
    /// <summary>部分公开 N 件</summary>
    PartiallyGranted,
    /// <summary>不予公开 N 件 (all eight reasons)</summary>
    Denied,
    /// <summary>无法提供 N 件 (all three reasons)</summary>
    Unavailable,
    /// <summary>不予处理 N 件 (all five reasons)</summary>
    NotProcessed,
    /// <summary>其他处理 N 件</summary>
    OtherProcessing,
    /// <summary>结转下年度 N 件</summary>
    CarriedForward,
    /// <summary>行政复议 N 件</summary>
    Review,
    /// <summary>行政诉讼 N 件 (direct and after review)</summary>
    Litigation,
}

/// <summary>A percentage as printed, keeping its number of decimals (the precision the tolerance is based on).</summary>
public sealed record StatedPercent(decimal Value, int Decimals, string Text);

/// <summary>A year-over-year change as printed: 同比上升/下降 x%.</summary>
public sealed record StatedChange(bool Increase, StatedPercent Percent, string Text);

/// <summary>
/// One number the narrative states about requests.
/// </summary>
/// <param name="Negated">Read from a negative statement ("未…被申请行政复议"), which states zero.</param>
public sealed record RequestClaim(
    RequestMeasure Measure,
    long Count,
    NarrativeSentence Sentence,
    StatedPercent? Percent = null,
    StatedChange? Change = null,
    bool Negated = false);

public static class RequestMeasures
{
    /// <summary>The table 三/四 row code a finding points at.</summary>
    public static string RowCode(this RequestMeasure measure) => measure switch
    {
        RequestMeasure.NewRequests => "new_requests",
        RequestMeasure.CarriedOver => "carried_over",
        RequestMeasure.TotalProcessed => "total_processed",
        RequestMeasure.Granted => "granted",
        RequestMeasure.PartiallyGranted => "partially_granted",
        RequestMeasure.Denied => "denied",
        RequestMeasure.Unavailable => "unavailable",
        RequestMeasure.NotProcessed => "not_processed",
        RequestMeasure.OtherProcessing => "other",
        RequestMeasure.CarriedForward => "carried_forward",
        RequestMeasure.Review => "review",
        _ => "litigation",
    };

    public static string LabelZh(this RequestMeasure measure) => measure switch
    {
        RequestMeasure.NewRequests => "本年新收申请",
        RequestMeasure.CarriedOver => "上年结转",
        RequestMeasure.TotalProcessed => "办理结果总计",
        RequestMeasure.Granted => "予以公开",
        RequestMeasure.PartiallyGranted => "部分公开",
        RequestMeasure.Denied => "不予公开",
        RequestMeasure.Unavailable => "无法提供",
        RequestMeasure.NotProcessed => "不予处理",
        RequestMeasure.OtherProcessing => "其他处理",
        RequestMeasure.CarriedForward => "结转下年度继续办理",
        RequestMeasure.Review => "行政复议",
        _ => "行政诉讼",
    };

    public static string LabelEn(this RequestMeasure measure) => measure switch
    {
        RequestMeasure.NewRequests => "new requests",
        RequestMeasure.CarriedOver => "carried over from last year",
        RequestMeasure.TotalProcessed => "total processed",
        RequestMeasure.Granted => "granted",
        RequestMeasure.PartiallyGranted => "partially granted",
        RequestMeasure.Denied => "denied",
        RequestMeasure.Unavailable => "unavailable",
        RequestMeasure.NotProcessed => "not processed",
        RequestMeasure.OtherProcessing => "other processing",
        RequestMeasure.CarriedForward => "carried forward",
        RequestMeasure.Review => "administrative reviews",
        _ => "lawsuits",
    };
}
