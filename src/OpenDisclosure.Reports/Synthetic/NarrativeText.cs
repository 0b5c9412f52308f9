using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>The numbers the narrative quotes from the tables.</summary>
/// <param name="PreviousNewRequests">Last year's new requests when the narrative states a 同比 change, else null.</param>
internal sealed record NarrativeFacts(long NewRequests, long CarriedOver, long Processed, long CarriedForward, long NormativeIssued,
    long? PreviousNewRequests = null);

/// <summary>Stock sentences of the narrative sections, in the register of the seed reports.</summary>
internal static class NarrativeText
{
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Heading(int number, SyntheticLayout layout) => number switch
    {
        1 => "一、总体情况",
        2 => layout.LongHeadings ? "二、行政机关主动公开政府信息情况" : "二、主动公开政府信息情况",
        3 => layout.ArabicHeadingThree ? "3、 行政机关收到和处理政府信息公开申请情况"
            : layout.LongHeadings ? "三、行政机关收到和处理政府信息公开申请情况" : "三、收到和处理政府信息公开申请情况",
        4 => layout.HeadingFourIndent + (layout.LongHeadings
            ? "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况" : "四、政府信息公开行政复议、行政诉讼情况"),
        5 => layout.LongHeadings ? "五、政府信息公开工作存在的主要问题及改进情况" : "五、存在的主要问题及改进情况",
        _ => "六、其他需要报告的事项",
    };

    public static string Preamble(ReportFormat format) => format == ReportFormat.Format2019
        ? "本年度报告根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2019〕60号）相关要求编制。"
        : "本年度报告根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2021〕30号）相关要求编制。内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。";

    public static string Period(int wording, DateOnly start, DateOnly end) => wording switch
    {
        0 => $"本年度报告中所列数据统计期限自{Date(start)}到{Date(end)}。",
        1 => $"本年度报告中所列数据的统计期限自{Date(start)}起，至{Date(end)}止。",
        2 => $"报告中所列数据的统计期限自{Date(start)}起至{Date(end)}止。",
        3 => $"本报告中所列数据的统计期限为{Date(start)}至{Date(end)}。",
        _ => $"本报告所列数据的统计时限自{Date(start)}起至{Date(end)}止。",
    };

    public static string[] SubItems(int style) => style switch
    {
        0 => ["1.主动公开情况。", "2.依申请公开工作情况。", "3.政府信息管理情况。", "4.平台建设情况。", "5.监督保障情况。"],
        1 => ["（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"],
        _ => ["(一)主动公开。", "(二)依申请公开。", "(三)政府信息管理。", "(四)政府信息公开平台建设。", "(五)监督保障方面。"],
    };

    public static string Requests(string agency, NarrativeFacts f)
    {
        if (f.NewRequests == 0 && f.CarriedOver == 0)
            return $"本年度{agency}未收到政府信息公开申请，无上年结转申请。";
        var forward = f.CarriedForward == 0 ? "已全部按时办结" : $"办结{f.Processed}件，结转下年度继续办理{f.CarriedForward}件";
        return $"遵循公正、公平、合法、便民的原则，严格规范办理流程。本年度{agency}共收到政府信息公开申请{f.NewRequests}件{Change(f)}，上年结转{f.CarriedOver}件，{forward}。";
    }

    /// <summary>"，同比下降55.56%": the change against last year, rounded to two decimals.</summary>
    private static string Change(NarrativeFacts f)
    {
        if (f.PreviousNewRequests is not ({ } before and > 0) || before == f.NewRequests) return "";
        var percent = Math.Round(100m * Math.Abs(f.NewRequests - before) / before, 2, MidpointRounding.AwayFromZero);
        return $"，同比{(f.NewRequests > before ? "上升" : "下降")}{percent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%";
    }

    public static readonly string[] Management =
    [
        "进一步规范政府信息管理，严格落实政府信息发布“三审三校”制度，明确各个环节的责任，确保政府信息发布权威准确、及时高效。",
        "严格落实保密审查制度，信息发布前由经办及分管领导签审，坚持“先审查、后公开”和“一事一审”原则。",
        "一是完善信息公开管理流程。建立政府信息公开工作全流程管理机制，从信息收集、审核、发布到归档实行闭环管理。",
    ];

    public static readonly string[] Platforms =
    [
        "做优做精各类政务公开平台，发挥门户网站第一平台作用，规范化、集约化展示各类信息。",
        "将政府门户网站作为重要阵地，继续推动“互联网+政务服务”，及时更新政务公开专栏内容。",
    ];

    public static readonly string[] Supervision =
    [
        "一是加强监督检查，定期对网站信息发布规范性、时效性进行检查，及时发现问题、整改问题。二是抓好业务培训，提升工作人员业务水平。",
        "一是加强日常监督机制，每月定期排查主动公开、政策解读、互动交流等栏目。二是将政务公开工作纳入年度考核。",
    ];

    public static readonly string[] Problems =
    [
        "本年度，政府信息公开工作取得了一定进展和成效，但也存在问题和不足。主要表现为：政策解读形式还不够丰富，部分栏目更新不够及时。",
        "一是信息公开的及时性有待提高，部分信息未能在规定时间内及时发布。二是信息公开的精准度有待提升。",
        "一是政务信息公开不及时，缺少时效性。二是政务公开重点不突出，深层次内容公开少。",
    ];

    public static readonly string[] Improvements =
    [
        "下一步，将围绕中心工作，做好以下工作：一是进一步提高政策解读力度；二是加强队伍建设，提升业务能力。",
        "一是建立信息发布提醒机制，明确信息发布时间节点，安排专人负责督促，确保信息及时准确发布。",
        "一是提高政治站位，把握政务公开时效性。二是明确工作职责，加强政务公开内容保障。三是持续进行学习，提升管理水平。",
    ];
}
