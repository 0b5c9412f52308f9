using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenDisclosure.Reports.Narrative;

/// <summary>
/// Reads the numbers a report's narrative states about requests ("共收到政府信息公开申请12件，同比下降55.55%",
/// "予以公开5件，占35.71%", "未因政府信息公开被申请行政复议、提起行政诉讼"). Patterns are deliberately narrow:
/// a sentence that does not match is skipped, because a wrong reading would become a false finding.
/// </summary>
public static class RequestClaimExtractor
{
    // Filler allowed between a keyword and its number: no digits, no clause punctuation.
    private const string Gap = @"[^，,。；;、：:\d（）()“”]";

    private static readonly (RequestMeasure Measure, Regex Pattern)[] Patterns =
    [
        (RequestMeasure.NewRequests, Rx($@"(?:收到|新收|受理|接收|接到)(?<gap>{Gap}{{0,20}}?)(?<n>\d+)件")),
        (RequestMeasure.CarriedOver, Rx($@"上一?年度?结转(?<gap>{Gap}{{0,12}}?)(?<n>\d+)件")),
        (RequestMeasure.CarriedForward, Rx($@"结转(?:至|到)?下一?年度?(?:继续办理)?(?<gap>{Gap}{{0,12}}?)(?<n>\d+)件")),
        (RequestMeasure.TotalProcessed, Rx($@"作出(?<gap>{Gap}{{0,15}}?)答复(?<n>\d+)件")),
        (RequestMeasure.Granted, Rx($@"(?<!不)予以公开(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件")),
        (RequestMeasure.PartiallyGranted, Rx($@"部分公开(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件")),
        (RequestMeasure.Denied, Rx($@"不予公开(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件")),
        (RequestMeasure.Unavailable, Rx($@"无法提供(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件")),
        (RequestMeasure.NotProcessed, Rx($@"不予处理(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件")),
        (RequestMeasure.OtherProcessing, Rx($@"其他处理(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件")),
        (RequestMeasure.Review, Rx($@"行政复议(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件")),
        (RequestMeasure.Litigation, Rx($@"行政诉讼(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件")),
    ];

    private static readonly Regex PercentAfter =
        Rx(@"\G[，,、]?[（(]?(?:占比|占总数的?|占总量的?|比例为|比重为|占)(?:为|约)?(?<p>\d+(?:\.\d+)?)%");

    private static readonly Regex ChangeAfter =
        Rx(@"\G[，,、]?[（(]?(?:同比|较上年|比上年|较去年|比去年|较上一年|与上年相比|较(?:19|20)\d{2}年)(?:同期)?[，,]?(?<dir>上升|增长|增加|提高|下降|减少|降低)了?(?:约)?(?<p>\d+(?:\.\d+)?)%");

    private static readonly Regex Negation =
        Rx(@"(?:未|没有|无)(?<gap>[^。；;，,\d]{0,25}?)(?:行政复议|行政诉讼)");

    private static readonly Regex ReviewOrLitigation = Rx("行政复议|行政诉讼");

    private static readonly Regex YearMention = Rx(@"(?<![较比与])(?<y>(?:19|20)\d{2})年");

    // Words that make a count describe something other than this year's whole table column.
    private static readonly string[] OffScope = ["上年", "去年", "上一年", "同期", "累计", "近三年", "近两年", "近五年", "自然人", "法人", "企业"];

    private static readonly string[] NotRequests = ["提案", "建议", "信件", "留言", "咨询", "来信", "结转"];

    private static readonly string[] NotCases = ["决定", "文书", "书", "案例", "应诉"];

    public static IReadOnlyList<RequestClaim> Extract(IEnumerable<NarrativeSentence> sentences, int? reportYear)
    {
        var claims = new List<RequestClaim>();
        foreach (var sentence in sentences)
        {
            if (MentionsOtherYear(sentence.Text, reportYear)) continue;
            claims.AddRange(Counts(sentence));
            claims.AddRange(Negations(sentence));
        }
        return claims;
    }

    private static IEnumerable<RequestClaim> Counts(NarrativeSentence sentence)
    {
        var text = sentence.Text;
        // Every pattern ends in "<digits>件": most sentences have none, and skipping them saves 12 regex scans each.
        if (!text.Contains('件')) yield break;
        foreach (var (measure, pattern) in Patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                var gap = m.Groups["gap"].Value;
                if (!InContext(measure, gap, sentence)) continue;
                if (OffScope.Any(w => ClauseBefore(text, m.Index).Contains(w) || gap.Contains(w))) continue;
                if (!long.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) continue;
                var after = m.Index + m.Length;
                var percent = ReadPercent(PercentAfter.Match(text, after));
                var change = ReadChange(ChangeAfter.Match(text, after));
                if (percent is null && change is not null)
                    percent = ReadPercent(PercentAfter.Match(text, after + change.Text.Length));
                if (change is null && percent is not null)
                    change = ReadChange(ChangeAfter.Match(text, after + percent.Text.Length));
                yield return new RequestClaim(measure, n, sentence, percent, change);
            }
        }
    }

    private static bool InContext(RequestMeasure measure, string gap, NarrativeSentence sentence) => measure switch
    {
        RequestMeasure.NewRequests => gap.Contains("申请") && !NotRequests.Any(gap.Contains),
        RequestMeasure.Review or RequestMeasure.Litigation =>
            !NotCases.Any(gap.Contains) &&
            (sentence.Text.Contains("信息公开") || sentence.Text.Contains("申请") || sentence.Section == 4),
        _ => sentence.Paragraph.Contains("申请") || sentence.Section == 3,
    };

    /// <summary>"未因政府信息公开被申请行政复议、提起行政诉讼": zero reviews and zero lawsuits, when the clause has no number.</summary>
    private static IEnumerable<RequestClaim> Negations(NarrativeSentence sentence)
    {
        var text = sentence.Text;
        if (!ReviewOrLitigation.IsMatch(text)) yield break;
        foreach (Match m in Negation.Matches(text))
        {
            var clauseEnd = text.IndexOfAny(['，', ',', '。', '；', ';'], m.Index);
            var clause = clauseEnd < 0 ? text[m.Index..] : text[m.Index..clauseEnd];
            if (clause.Any(char.IsAsciiDigit)) continue;
            if (!(text.Contains("信息公开") || text.Contains("申请"))) continue;
            foreach (var word in ReviewOrLitigation.Matches(clause).Select(x => x.Value).Distinct())
                yield return new RequestClaim(word == "行政复议" ? RequestMeasure.Review : RequestMeasure.Litigation, 0, sentence, Negated: true);
        }
    }

    private static string ClauseBefore(string text, int index)
    {
        var start = text.LastIndexOfAny(['，', ',', '；', ';', '。'], Math.Max(0, index - 1));
        return text[(start + 1)..index];
    }

    private static bool MentionsOtherYear(string text, int? reportYear) =>
        reportYear is { } year && text.AsSpan().ContainsAnyInRange('0', '9') && YearMention.Matches(text).Any(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) != year);

    private static StatedPercent? ReadPercent(Match m)
    {
        if (!m.Success) return null;
        var raw = m.Groups["p"].Value;
        var dot = raw.IndexOf('.');
        return new StatedPercent(decimal.Parse(raw, CultureInfo.InvariantCulture), dot < 0 ? 0 : raw.Length - dot - 1, m.Value);
    }

    private static StatedChange? ReadChange(Match m)
    {
        if (!m.Success) return null;
        var raw = m.Groups["p"].Value;
        var dot = raw.IndexOf('.');
        var increase = m.Groups["dir"].Value is "上升" or "增长" or "增加" or "提高";
        return new StatedChange(increase, new StatedPercent(decimal.Parse(raw, CultureInfo.InvariantCulture), dot < 0 ? 0 : raw.Length - dot - 1, raw + "%"), m.Value);
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
