using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Api.Lists;

/// <summary>
/// Declares a coded query parameter: the values it accepts, in their canonical spelling. <see cref="Hosting.QueryCheck"/>
/// accepts any letter case, hands the handler the canonical spelling and answers 400 naming the parameter and the
/// accepted values for anything else; the OpenAPI document lists them as the parameter's enum.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public class CodesAttribute(params string[] values) : Attribute
{
    public virtual IReadOnlyList<string> Values { get; } = values;

    /// <summary>The accepted value equal to <paramref name="value"/> ignoring case, or null.</summary>
    public string? Canonical(string value) => Values.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The table 三 row codes of both templates (GET /codelists <c>requestRows</c>).</summary>
public sealed class RequestRowCodesAttribute() : CodesAttribute
{
    public override IReadOnlyList<string> Values { get; } = RequestRows.AllCodes.Select(r => r.Code).ToArray();
}
