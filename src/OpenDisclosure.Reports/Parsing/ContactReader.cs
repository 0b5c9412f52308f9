using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Reads the contact details the report gives ("地址：…；邮编：255400；电话：0533-7212036；邮箱：x@zb.shandong.cn",
/// the website "http://www.tez.gov.cn/") in the preamble or section 六, where the template puts them. The first
/// occurrence wins; each part is optional.
/// </summary>
public static class ContactReader
{
    private static readonly string[] AddressLabels = ["地址"];
    private static readonly string[] PostalLabels = ["邮政编码", "邮编"];
    private static readonly string[] PhoneLabels = ["联系电话", "电话", "咨询电话"];

    /// <summary>Reads the preamble (before <paramref name="firstHeading"/>) and the last section (from <paramref name="lastSection"/>).</summary>
    public static ContactDetails Read(SourceLine[] lines, int firstHeading, int lastSection)
    {
        string? address = null, postal = null, phone = null, email = null, website = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == firstHeading && lastSection > i) i = lastSection;
            var line = lines[i];
            if (line.Kind != LineKind.Narrative) continue;
            var text = line.Text;
            address ??= AfterLabel(text, AddressLabels, IsAddressChar, 4);
            postal ??= AfterLabel(text, PostalLabels, char.IsAsciiDigit, 6);
            phone ??= AfterLabel(text, PhoneLabels, IsPhoneChar, 7);
            email ??= Email(text);
            website ??= Website(text);
            if (address is not null && postal is not null && phone is not null && email is not null && website is not null) break;
        }
        return address is null && postal is null && phone is null && email is null && website is null
            ? ContactDetails.None
            : new ContactDetails(address, postal, phone, email, website);
    }

    /// <summary>The run of accepted characters after "label：" (or "label:"), when at least <paramref name="minLength"/> long.</summary>
    private static string? AfterLabel(string text, string[] labels, Func<char, bool> accept, int minLength)
    {
        foreach (var label in labels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            while (at >= 0)
            {
                var p = at + label.Length;
                if (p < text.Length && text[p] is '：' or ':')
                {
                    p++;
                    while (p < text.Length && text[p] == ' ') p++;
                    var start = p;
                    while (p < text.Length && accept(text[p])) p++;
                    var value = text[start..p].Trim(' ', '-');
                    if (value.Length >= minLength) return value;
                }
                at = text.IndexOf(label, at + label.Length, StringComparison.Ordinal);
            }
        }
        return null;
    }

    private static bool IsAddressChar(char c) => c is not ('；' or ';' or '，' or ',' or '）' or ')' or '。');

    private static bool IsPhoneChar(char c) => char.IsAsciiDigit(c) || c is '-' or '—' or '－' or ' ' or '(' or ')' or '（' or '）';

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%';

    private static string? Email(string text)
    {
        var at = text.IndexOf('@');
        while (at > 0)
        {
            var start = at;
            while (start > 0 && IsEmailChar(text[start - 1])) start--;
            var end = at + 1;
            while (end < text.Length && IsEmailChar(text[end])) end++;
            var email = text[start..end].Trim('.');
            if (at > start && email.IndexOf('.', at - start) > 0) return email;
            at = text.IndexOf('@', at + 1);
        }
        return null;
    }

    private static string? Website(string text)
    {
        var at = text.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (at < 0) at = text.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var end = at;
        while (end < text.Length && text[end] < 128 && !char.IsWhiteSpace(text[end]) && text[end] is not ('）' or ')' or '"')) end++;
        var url = text[at..end].TrimEnd('.', ',', ';');
        return url.Length > 7 ? url : null;
    }
}
