namespace OpenDisclosure.Reports.Synthetic;

/// <summary>Collects the output lines and hands out their 1-based numbers (the parser reports cells by line).</summary>
internal sealed class LineBuffer
{
    private readonly List<string> _lines = [];

    /// <summary>Appends one line and returns its 1-based number.</summary>
    public int Add(string line)
    {
        _lines.Add(line);
        return _lines.Count;
    }

    public void Blank(int count = 1)
    {
        for (var i = 0; i < count; i++) _lines.Add("");
    }

    public int Count => _lines.Count;

    public override string ToString() => string.Join("\n", _lines) + "\n";
}

/// <summary>
/// The cosmetic quirks one report gets, all copied from data/reports: Word bookmark residue, full-width spaces in
/// cells, labels broken over lines, "3、" numbering, indented headings, chart residue after the signature.
/// </summary>
internal sealed record SyntheticLayout
{
    /// <summary>0: agency line + year line (台儿庄区); 1: one title line (张范街道); 2: title broken before 年度报告 (临淄区).</summary>
    public int TitleStyle { get; init; }
    public bool Bookmarks { get; init; }
    public bool FullWidthCells { get; init; }
    public bool GoBackInCell { get; init; }
    public bool BreakReconfirmLabel { get; init; }
    public bool BreakFeeLabel { get; init; }
    /// <summary>0: 台儿庄区 (mostly broken), 1: 张范街道 (all broken), 2: 临淄区 (broken with blank lines), 3: 永安镇 (spaces).</summary>
    public int ReviewHeaderStyle { get; init; }
    public bool ArabicHeadingThree { get; init; }
    public bool LongHeadings { get; init; }
    public string HeadingFourIndent { get; init; } = "";
    public bool NoGapBeforeHeadingFour { get; init; }
    public bool BlankAfterHeadingThree { get; init; }
    public bool BlankRunInOverview { get; init; }
    /// <summary>0: "1.主动公开情况。" 1: "（一）主动公开" 2: "(一)主动公开。…"</summary>
    public int SubItemStyle { get; init; }
    public bool ContactLine { get; init; }
    public bool NumberedOtherItems { get; init; }
    public bool GoBackInNarrative { get; init; }
    /// <summary>0: none, 1: "近4年受理依申请公开数量" chart, 2: "主动公开政府信息" chart.</summary>
    public int ChartResidue { get; init; }
    public bool BlankBeforeSignature { get; init; }
    public bool ShortSignatureName { get; init; }
    public int PeriodWording { get; init; }

    public static SyntheticLayout Draw(Random rng) => new()
    {
        TitleStyle = rng.Next(3),
        Bookmarks = rng.Chance(0.6),
        FullWidthCells = rng.Chance(0.25),
        GoBackInCell = rng.Chance(0.2),
        BreakReconfirmLabel = rng.Chance(0.85),
        BreakFeeLabel = rng.Chance(0.1),
        ReviewHeaderStyle = rng.Next(4),
        ArabicHeadingThree = rng.Chance(0.15),
        LongHeadings = rng.Chance(0.3),
        HeadingFourIndent = rng.Pick(["", "", "", " ", "    "]),
        NoGapBeforeHeadingFour = rng.Chance(0.15),
        BlankAfterHeadingThree = rng.Chance(0.2),
        BlankRunInOverview = rng.Chance(0.2),
        SubItemStyle = rng.Next(3),
        ContactLine = rng.Chance(0.6),
        NumberedOtherItems = rng.Chance(0.3),
        GoBackInNarrative = rng.Chance(0.15),
        ChartResidue = rng.Chance(0.7) ? 0 : rng.Next(1, 3),
        BlankBeforeSignature = rng.Chance(0.7),
        ShortSignatureName = rng.Chance(0.4),
        PeriodWording = rng.Next(5),
    };
}
