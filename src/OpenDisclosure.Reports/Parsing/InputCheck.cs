using System.Buffers;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>Rejects input that is not a report's text at all: empty, or binary bytes decoded as text.</summary>
public static class InputCheck
{
    /// <summary>Share of NUL, control and U+FFFD characters above which the input is taken for binary.</summary>
    private const double MaxGarbageShare = 0.05;

    /// <summary>NUL, C0 controls other than TAB/LF/CR, DEL and C1 controls, U+FFFD.</summary>
    private static readonly SearchValues<char> Garbage = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014"
        + "\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084"
        + "\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095"
        + "\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\uFFFD");

    public static bool Reject(string? text, List<Finding> diagnostics)
    {
        if (IsBlank(text))
        {
            diagnostics.Add(ParseDiagnostics.Empty.At(FindingLocation.Report, "报告文本为空", "The report text is empty."));
            return true;
        }

        var span = text.AsSpan();
        var first = FirstGarbage(span);
        if (first < 0) return false; // the common case

        var garbage = 0;
        foreach (var c in span[first..])
            if (Garbage.Contains(c)) garbage++;
        if (garbage <= 2 || garbage < span.Length * MaxGarbageShare) return false;
        var firstLine = span[..first].Count('\n') + 1;

        diagnostics.Add(ParseDiagnostics.NotText.At(new FindingLocation(Line: firstLine),
            $"输入不是文本：{garbage}个控制字符或乱码（共{span.Length}个字符，首见于第{firstLine}行）",
            $"The input is not text: {garbage} of {span.Length} characters are NUL, control or replacement characters (first on line {firstLine})",
            actual: garbage.ToString()));
        return true;
    }

    /// <summary>The C0 controls and DEL of <see cref="Garbage"/>: an ASCII set, which the vectorised search handles fastest.</summary>
    private static readonly SearchValues<char> AsciiGarbage = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014"
        + "\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>
    /// Index of the first <see cref="Garbage"/> character, or -1: three simple scans (ASCII controls, C1 controls,
    /// U+FFFD) instead of one over the mixed set, which needs the slower probabilistic search on every report.
    /// </summary>
    private static int FirstGarbage(ReadOnlySpan<char> span)
    {
        var first = span.IndexOfAny(AsciiGarbage);
        var before = first < 0 ? span : span[..first];
        var c1 = before.IndexOfAnyInRange('\u0080', '\u009F');
        if (c1 >= 0) before = before[..c1];
        var replacement = before.IndexOf('\uFFFD');
        return replacement >= 0 ? replacement : c1 >= 0 ? c1 : first;
    }

    private static bool IsBlank([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? text)
    {
        if (text is null) return true;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\u200B')) return false;
        return true;
    }
}
