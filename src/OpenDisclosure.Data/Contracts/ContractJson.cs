using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenDisclosure.Data.Contracts;

/// <summary>
/// The JSON settings of the contract, shared by the API and <c>od-seed check --json</c> so both print the same
/// bytes: camelCase, nulls kept (a missing cell is null, never omitted or 0), Chinese text left readable.
/// </summary>
public static class ContractJson
{
    /// <summary>
    /// Escapes only what JSON itself requires (quotes, backslashes, control characters), so Chinese text, <c>&amp;</c> in
    /// next URLs and <c>+</c> in formulas stay as a person would type them. The HTML-safe default is not needed: the
    /// API serves <c>application/json</c>, never HTML.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.Encoder = Encoder;
    }

    public static JsonSerializerOptions Create(bool indented = false)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        Apply(options);
        return options;
    }
}
