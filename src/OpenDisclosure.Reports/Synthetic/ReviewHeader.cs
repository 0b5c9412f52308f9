namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// The header cells of table 四, whose narrow columns make Word wrap "结果维持" into "结果" / "维持"; the four
/// styles are the four ways the seed reports came out (plain wraps, all wrapped, wraps with blank lines, spaces).
/// </summary>
internal static class ReviewHeader
{
    public static readonly (string Head, string Tail)[] Measures =
        [("结果", "维持"), ("结果", "纠正"), ("其他", "结果"), ("尚未", "审结"), ("总", "计")];

    public static void Write(LineBuffer output, int style, (string Head, string Tail) measure, Random rng)
    {
        var (head, tail) = measure;
        var wrap = style switch
        {
            0 => rng.Chance(0.5),
            1 => head != "总",
            2 => rng.Chance(0.6),
            _ => false,
        };
        if (style == 3)
        {
            output.Add(head == "总" ? "\t总计" : $"\t{head} {tail}");
            return;
        }
        if (!wrap)
        {
            output.Add($"\t{head}{tail}");
            return;
        }
        output.Add("\t" + head);
        if (style == 2) output.Blank();
        output.Add(tail);
    }
}
