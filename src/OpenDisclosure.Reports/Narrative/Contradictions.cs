using System.Globalization;
using System.Text.RegularExpressions;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;
using OpenDisclosure.Reports.Validation;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Narrative;

/// <summary>A count the narrative states, keyed by its verb and label: (收到, 市级政协提案) = 2.</summary>
public sealed record FactStatement(string Verb, string Label, string Unit, long Count, NarrativeSentence Sentence)
{
    public string Key => Verb + "|" + Label + "|" + Unit;
}

/// <summary>
/// Finds the same fact stated twice with different numbers (rule narrative.contradiction), e.g. 台儿庄区商务和投资促进局
/// 2023: section 一 "全年共收到市级政协提案2件" and section 六 "全年共收到市级政协提案6件". Only verb+label pairs that are
/// specific enough are compared, and statements about another year or a running total are left out.
/// </summary>
public static partial class Contradictions
{
    private const string Cjk = @"\p{IsCJKUnifiedIdeographs}";

    [GeneratedRegex($@"(?<verb>收到|受理|承办|接到|办结|办理)(?:了)?(?:共)?(?<label>{Cjk}{{3,14}}?)(?<n>\d+)(?<unit>件|个|条)",
        RegexOptions.CultureInvariant)]
    private static partial Regex First();

    // "、区级政协提案3件" continues an enumeration and inherits the verb.
    [GeneratedRegex($@"\G、(?<label>{Cjk}{{3,14}}?)(?<n>\d+)(?<unit>件|个|条)", RegexOptions.CultureInvariant)]
    private static partial Regex Next();

    /// <summary>The units both patterns end in, and the verbs <see cref="First"/> starts with: a sentence without
    /// one of each cannot match, and is not scanned.</summary>
    private const string Units = "件个条";

    private static readonly MarkSet Verbs = new("收到", "受理", "承办", "接到", "办结", "办理");

    private static readonly string[] OffScope = ["上年", "去年", "上一年", "同期", "累计", "其中", "近三年", "近两年", "近五年", "按时", "以来"];

    public static IReadOnlyList<FactStatement> Statements(IEnumerable<NarrativeSentence> sentences, int? reportYear)
    {
        var facts = new List<FactStatement>();
        foreach (var sentence in sentences)
        {
            var text = sentence.Text;
            // Both patterns need a number: most sentences have none, and the regex scans are the cost here.
            if (!text.AsSpan().ContainsAnyInRange('0', '9')) continue;
            if (reportYear is { } year && NarrativeYears.MentionsOtherYear(text, year))
                continue;
            if (text.AsSpan().IndexOfAny(Units) < 0 || !Verbs.In(text)) continue;
            for (var m = First().Match(text); m.Success; m = m.NextMatch())
            {
                var verb = m.Groups["verb"].Value;
                if (!Add(facts, sentence, verb, m, ClauseBefore(text, m.Index))) continue;
                var at = m.Index + m.Length;
                for (var next = Next().Match(text, at); next.Success; next = Next().Match(text, at))
                {
                    Add(facts, sentence, verb, next, "");
                    at = next.Index + next.Length;
                }
            }
        }
        return facts;
    }

    public static IEnumerable<Finding> Check(AnnualReport report) => Check(report, NarrativeText.Sentences(report));

    public static IEnumerable<Finding> Check(AnnualReport report, IReadOnlyList<NarrativeSentence> sentences)
    {
        var facts = Statements(sentences, report.Year);
        foreach (var group in facts.GroupBy(f => f.Key))
        {
            var first = group.First();
            // One finding per differing value: the first statement is the reference the others are compared with.
            foreach (var other in group.Skip(1).Where(f => f.Count != first.Count).DistinctBy(f => f.Count))
                yield return Finding(first, other);
        }
    }

    private static Finding Finding(FactStatement first, FactStatement other)
    {
        var inv = CultureInfo.InvariantCulture;
        return NarrativeRules.Contradiction.At(
            new FindingLocation(Section: other.Sentence.Section is >= 1 and <= 6 ? other.Sentence.Section : null),
            $"正文对同一事项前后说法不一：{first.Verb}{first.Label}先称{first.Count}{first.Unit}，后称{other.Count}{other.Unit}。",
            $"The text states the same fact twice with different numbers: {first.Verb}{first.Label} is {first.Count} in one place and {other.Count} in another.",
            expected: first.Count.ToString(inv),
            actual: other.Count.ToString(inv),
            evidence: TableAgreement.Quote(first.Sentence) + " ≠ " + TableAgreement.Quote(other.Sentence));
    }

    private static bool Add(List<FactStatement> facts, NarrativeSentence sentence, string verb, Match m, string clauseBefore)
    {
        var label = m.Groups["label"].Value;
        foreach (var w in OffScope)
            if (label.Contains(w, StringComparison.Ordinal) || clauseBefore.Contains(w, StringComparison.Ordinal)) return false;
        if (!long.TryParse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        facts.Add(new FactStatement(verb, label, m.Groups["unit"].Value, n, sentence));
        return true;
    }

    private static string ClauseBefore(string text, int index)
    {
        var start = text.LastIndexOfAny(['，', ',', '；', ';', '。'], Math.Max(0, index - 1));
        return text[(start + 1)..index];
    }
}
