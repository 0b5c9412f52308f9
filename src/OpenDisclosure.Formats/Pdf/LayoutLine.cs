using System.Text.RegularExpressions;

namespace OpenDisclosure.Formats.Pdf;

/// <summary>A run of non-space characters on a layout line and the column it starts at.</summary>
public sealed record Fragment(string Text, int Start)
{
    public int End => Start + Text.Length;

    /// <summary>
    /// Where the text may reach on the page. The layout text puts a fragment at its column (half an em) but gives a CJK
    /// character one text position though it is printed two columns wide, so the right end counts CJK double.
    /// </summary>
    public int Reach => Start + Text.Sum(ch => Layout.CellText.IsCjk(ch) ? 2 : 1);

    public bool Overlaps(int start, int reach) => Start < reach && start < Reach;
}

/// <summary>
/// One line of layout text (<see cref="PdfLetterLayout"/>), split into fragments. The trailing run of numbers and placeholders
/// (—, /, 无) is the line's values; everything before is label text. <see cref="Page"/> and <see cref="Number"/>
/// say where the line was, for diagnostics.
/// </summary>
public sealed partial record LayoutLine(int Page, int Number, string Raw, IReadOnlyList<Fragment> Labels, IReadOnlyList<Fragment> Values)
{
    public bool IsData => Values.Count > 0;

    public bool IsBlank => Labels.Count == 0 && Values.Count == 0;

    public string Where => $"PDF page {Page}, layout line {Number}";

    public static LayoutLine Parse(int page, int number, string raw)
    {
        var fragments = new List<Fragment>();
        foreach (Match m in NonSpace().Matches(raw)) fragments.Add(new Fragment(m.Value, m.Index));
        var firstValue = fragments.Count;
        while (firstValue > 0 && IsValue(fragments[firstValue - 1].Text)) firstValue--;
        return new LayoutLine(page, number, raw, fragments[..firstValue], fragments[firstValue..]);
    }

    /// <summary>A number (counts, amounts like 0.5, changes like -2) or a placeholder that stands for "no value".</summary>
    public static bool IsValue(string text) => NumberText().IsMatch(text) || text is "—" or "－" or "-" or "/" or "／" or "无" or "——" or "--";

    /// <summary>A label that opens a new row or group: 一、 （三） 1. 2、 — never the second line of a wrapped label.</summary>
    public static bool HasMarker(string text) => Marker().IsMatch(text);

    /// <summary>
    /// Table 二's group titles (第二十条第（一）项) and its 信息内容 header: complete cells that neither continue the
    /// label above them nor are continued by the text below (a left-aligned title on a narrow page sits over the labels).
    /// </summary>
    public static bool IsWholeHeaderCell(string text) => text == "信息内容" || WholeHeaderCell().IsMatch(text);

    [GeneratedRegex(@"^第[一二三四五六七八九十]+条第[（(][一二三四五六七八九十]+[)）]项$")]
    private static partial Regex WholeHeaderCell();

    [GeneratedRegex(@"[^\s\u3000]+")]
    private static partial Regex NonSpace();

    [GeneratedRegex(@"^[-−]?\d+(?:[.,]\d+)*%?$")]
    private static partial Regex NumberText();

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、](?!\d))")]
    private static partial Regex Marker();
}
