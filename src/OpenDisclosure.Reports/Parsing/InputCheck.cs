using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>Rejects input that is not a report's text at all: empty, or binary bytes decoded as text.</summary>
public static class InputCheck
{
    /// <summary>Share of NUL, control and U+FFFD characters above which the input is taken for binary.</summary>
    private const double MaxGarbageShare = 0.05;

    public static bool Reject(string? text, List<Finding> diagnostics)
    {
        if (IsBlank(text))
        {
            diagnostics.Add(ParseDiagnostics.Empty.At(FindingLocation.Report, "报告文本为空", "The report text is empty."));
            return true;
        }

        var garbage = 0;
        var firstLine = 0;
        var line = 1;
        foreach (var c in text!)
        {
            if (c == '\n') line++;
            if (c is '\0' or '\uFFFD' || (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and < '\u00A0')
            {
                garbage++;
                if (firstLine == 0) firstLine = line;
            }
        }
        if (garbage <= 2 || garbage < text.Length * MaxGarbageShare) return false;

        diagnostics.Add(ParseDiagnostics.NotText.At(new FindingLocation(Line: firstLine),
            $"输入不是文本：{garbage}个控制字符或乱码（共{text.Length}个字符，首见于第{firstLine}行）",
            $"The input is not text: {garbage} of {text.Length} characters are NUL, control or replacement characters (first on line {firstLine})",
            actual: garbage.ToString()));
        return true;
    }

    private static bool IsBlank(string? text)
    {
        if (text is null) return true;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\u200B')) return false;
        return true;
    }
}
