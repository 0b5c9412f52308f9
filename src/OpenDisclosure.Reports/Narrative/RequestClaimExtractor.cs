using System.Globalization;
using System.Text.RegularExpressions;
using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Reports.Narrative;

/// <summary>
/// Reads the numbers a report's narrative states about requests ("共收到政府信息公开申请12件，同比下降55.55%",
/// "予以公开5件，占35.71%", "未因政府信息公开被申请行政复议、提起行政诉讼"). Patterns are deliberately narrow:
/// a sentence that does not match is skipped, because a wrong reading would become a false finding.
/// </summary>
public static partial class RequestClaimExtractor
{
    // Filler allowed between a keyword and its number: no digits, no clause punctuation.
    private const string Gap = @"[^，,。；;、：:\d（）()“”]";

    // Source-generated: the interpreter walked these per sentence and was most of a report's validation time.
    private static readonly (RequestMeasure Measure, string[] Anchors, Regex Pattern)[] Patterns =
    [
        (RequestMeasure.NewRequests, ["收到", "新收", "受理", "接收", "接到"], NewRequestsPattern()),
        (RequestMeasure.CarriedOver, ["结转"], CarriedOverPattern()),
        (RequestMeasure.CarriedForward, ["结转"], CarriedForwardPattern()),
        (RequestMeasure.TotalProcessed, ["作出"], TotalProcessedPattern()),
        (RequestMeasure.Granted, ["予以公开"], GrantedPattern()),
        (RequestMeasure.PartiallyGranted, ["部分公开"], PartiallyGrantedPattern()),
        (RequestMeasure.Denied, ["不予公开"], DeniedPattern()),
        (RequestMeasure.Unavailable, ["无法提供"], UnavailablePattern()),
        (RequestMeasure.NotProcessed, ["不予处理"], NotProcessedPattern()),
        (RequestMeasure.OtherProcessing, ["其他处理"], OtherProcessingPattern()),
        (RequestMeasure.Review, ["行政复议"], ReviewPattern()),
        (RequestMeasure.Litigation, ["行政诉讼"], LitigationPattern()),
    ];

    private static readonly MarkSet AnyAnchor = new([.. Patterns.SelectMany(p => p.Anchors).Distinct()]);

    [GeneratedRegex($@"(?:收到|新收|受理|接收|接到)(?<gap>{Gap}{{0,20}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex NewRequestsPattern();

    [GeneratedRegex($@"上一?年度?结转(?<gap>{Gap}{{0,12}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex CarriedOverPattern();

    [GeneratedRegex($@"结转(?:至|到)?下一?年度?(?:继续办理)?(?<gap>{Gap}{{0,12}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex CarriedForwardPattern();

    [GeneratedRegex($@"作出(?<gap>{Gap}{{0,15}}?)答复(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex TotalProcessedPattern();

    [GeneratedRegex($@"(?<!不)予以公开(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex GrantedPattern();

    [GeneratedRegex($@"部分公开(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex PartiallyGrantedPattern();

    [GeneratedRegex($@"不予公开(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex DeniedPattern();

    [GeneratedRegex($@"无法提供(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex UnavailablePattern();

    [GeneratedRegex($@"不予处理(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex NotProcessedPattern();

    [GeneratedRegex($@"其他处理(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex OtherProcessingPattern();

    [GeneratedRegex($@"行政复议(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewPattern();

    [GeneratedRegex($@"行政诉讼(?<gap>{Gap}{{0,6}}?)(?<n>\d+)件", RegexOptions.CultureInvariant)]
    private static partial Regex LitigationPattern();

    [GeneratedRegex(@"\G[，,、]?[（(]?(?:占比|占总数的?|占总量的?|比例为|比重为|占)(?:为|约)?(?<p>\d+(?:\.\d+)?)%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentAfter();

    [GeneratedRegex(@"\G[，,、]?[（(]?(?:同比|较上年|比上年|较去年|比去年|较上一年|与上年相比|较(?:19|20)\d{2}年)(?:同期)?[，,]?(?<dir>上升|增长|增加|提高|下降|减少|降低)了?(?:约)?(?<p>\d+(?:\.\d+)?)%", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(@"(?:未|没有|无)(?<gap>[^。；;，,\d]{0,25}?)(?:行政复议|行政诉讼)", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex("行政复议|行政诉讼", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewOrLitigation();

    private static readonly string[] ReviewOrLitigationWords = ["行政复议", "行政诉讼"];

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
            AddCounts(claims, sentence);
            AddNegations(claims, sentence);
        }
        return claims;
    }

    private static void AddCounts(List<RequestClaim> claims, NarrativeSentence sentence)
    {
        var text = sentence.Text;
        // Every pattern ends in "<digits>件" (a count read only from ASCII digits) after one of the keywords: most
        // sentences lack one of them, and skipping them saves 12 keyword checks and regex scans each.
        if (!text.Contains('件') || !text.AsSpan().ContainsAnyInRange('0', '9') || !AnyAnchor.In(text)) return;
        foreach (var (measure, anchors, pattern) in Patterns)
        {
            // Each pattern needs one of its keywords: checking them first is cheaper than starting a regex scan.
            if (!ContainsAny(text, anchors)) continue;
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                var gap = m.Groups["gap"].Value;
                if (!InContext(measure, gap, sentence)) continue;
                var clause = ClauseBefore(text, m.Index);
                if (ContainsAny(clause, OffScope) || ContainsAny(gap, OffScope)) continue;
                if (!long.TryParse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) continue;
                var after = m.Index + m.Length;
                StatedPercent? percent = null;
                StatedChange? change = null;
                // Both follow-ups end in '%': without one after the count neither can match.
                if (text.IndexOf('%', after) >= 0)
                {
                    percent = ReadPercent(PercentAfter().Match(text, after));
                    change = ReadChange(ChangeAfter().Match(text, after));
                    if (percent is null && change is not null)
                        percent = ReadPercent(PercentAfter().Match(text, after + change.Text.Length));
                    if (change is null && percent is not null)
                        change = ReadChange(ChangeAfter().Match(text, after + percent.Text.Length));
                }
                claims.Add(new RequestClaim(measure, n, sentence, percent, change));
            }
        }
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
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
    private static void AddNegations(List<RequestClaim> claims, NarrativeSentence sentence)
    {
        var text = sentence.Text;
        if (!ContainsAny(text, ReviewOrLitigationWords)) return;
        for (var m = Negation().Match(text); m.Success; m = m.NextMatch())
        {
            var clauseEnd = text.IndexOfAny(['，', ',', '。', '；', ';'], m.Index);
            var clause = clauseEnd < 0 ? text[m.Index..] : text[m.Index..clauseEnd];
            if (clause.Any(char.IsAsciiDigit)) continue;
            if (!(text.Contains("信息公开") || text.Contains("申请"))) continue;
            foreach (var word in ReviewOrLitigation().Matches(clause).Select(x => x.Value).Distinct())
                claims.Add(new RequestClaim(word == "行政复议" ? RequestMeasure.Review : RequestMeasure.Litigation, 0, sentence, Negated: true));
        }
    }

    private static string ClauseBefore(string text, int index)
    {
        var start = text.LastIndexOfAny(['，', ',', '；', ';', '。'], Math.Max(0, index - 1));
        return text[(start + 1)..index];
    }

    private static bool MentionsOtherYear(string text, int? reportYear) =>
        reportYear is { } year && text.AsSpan().ContainsAnyInRange('0', '9') && NarrativeYears.MentionsOtherYear(text, year);

    private static StatedPercent? ReadPercent(Match m)
    {
        if (!m.Success) return null;
        var raw = m.Groups["p"].Value;
        // A percentage of 30 digits overflows decimal: not a claim anyone can check, so it is not read as one.
        if (!decimal.TryParse(raw, CultureInfo.InvariantCulture, out var value)) return null;
        var dot = raw.IndexOf('.');
        return new StatedPercent(value, dot < 0 ? 0 : raw.Length - dot - 1, m.Value);
    }

    private static StatedChange? ReadChange(Match m)
    {
        if (!m.Success) return null;
        var raw = m.Groups["p"].Value;
        if (!decimal.TryParse(raw, CultureInfo.InvariantCulture, out var value)) return null; // as in ReadPercent
        var dot = raw.IndexOf('.');
        var increase = m.Groups["dir"].Value is "上升" or "增长" or "增加" or "提高";
        return new StatedChange(increase, new StatedPercent(value, dot < 0 ? 0 : raw.Length - dot - 1, raw + "%"), m.Value);
    }
}
