namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// A few words searched together in short texts (cell labels), ordinal. Each call of <c>string.Contains</c> costs
/// a vectorised search of its own (~10 ns even in a five-character label), and the table readers ask several
/// word lists of every label of every report; here one scalar pass over the label tests each character against a
/// bitmap of the words' first characters and compares only where a word can start.
/// </summary>
public sealed class MarkSet
{
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];
    private readonly string[] _marks;

    public MarkSet(params string[] marks)
    {
        if (marks.Length == 0 || marks.Any(m => m.Length == 0)) throw new ArgumentException("Marks must be non-empty.", nameof(marks));
        _marks = marks;
        foreach (var mark in marks) _starts[mark[0] >> 6] |= 1UL << mark[0];
    }

    /// <summary>True when <paramref name="text"/> contains any of the words.</summary>
    public bool In(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((_starts[c >> 6] & (1UL << c)) == 0) continue;
            var rest = text[i..];
            foreach (var mark in _marks)
                if (mark[0] == c && rest.StartsWith(mark, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
