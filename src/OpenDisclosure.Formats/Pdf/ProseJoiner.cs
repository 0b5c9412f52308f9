using OpenDisclosure.Formats.Layout;

namespace OpenDisclosure.Formats.Pdf;

/// <summary>
/// Joins the lines the PDF wrapped back into paragraphs. A line opens a new paragraph when it is indented past the
/// body margin (first-line indent, centred titles), starts with a list marker, follows a blank line, or follows a
/// line that stopped well short of the right edge (the end of the previous paragraph). Widths count CJK double,
/// since the layout text gives each character one position whatever its printed width.
/// </summary>
public sealed class ProseJoiner(FlatTextWriter writer, int margin, int rightEdge)
{
    private const int ColumnGap = 4;
    private readonly List<string> _paragraph = [];
    private LayoutLine? _previous;

    public void Add(LayoutLine line)
    {
        if (line.IsBlank)
        {
            Flush();
            return;
        }
        var fragments = line.Labels.Concat(line.Values).ToList();
        var first = fragments[0];
        var opens = _previous is null || first.Start > margin + 1 || LayoutLine.HasMarker(first.Text)
            || LastReach(_previous) < rightEdge * 80 / 100;
        // A centred title too long for one line wraps onto a second centred line: one paragraph, not two. (A first
        // line that fills the whole width no longer looks centred.)
        if (opens && _previous is not null && IsCentred(line) && !LayoutLine.HasMarker(first.Text)
            && (IsCentred(_previous) && LastReach(_previous) >= rightEdge * 80 / 100 || LastReach(_previous) >= rightEdge * 95 / 100))
            opens = false;
        if (opens) Flush();

        // Pieces far apart on one line (a signature and its date) are separate paragraphs.
        _paragraph.Add(first.Text);
        for (var i = 1; i < fragments.Count; i++)
        {
            if (fragments[i].Start - fragments[i - 1].End >= ColumnGap) Flush();
            _paragraph.Add(fragments[i].Text);
        }
        _previous = line;
    }

    public void Flush()
    {
        if (_paragraph.Count > 0) writer.Paragraph(CellText.Join(_paragraph));
        _paragraph.Clear();
        _previous = null;
    }

    private bool IsCentred(LayoutLine line)
    {
        var left = line.Labels.Concat(line.Values).First().Start - margin;
        var right = rightEdge - LastReach(line);
        return left >= 2 && Math.Abs(left - right) <= 2;
    }

    private static int LastReach(LayoutLine line) => (line.Values.Count > 0 ? line.Values[^1] : line.Labels[^1]).Reach;
}
