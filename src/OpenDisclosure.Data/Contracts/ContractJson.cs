using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OpenDisclosure.Data.Contracts;

/// <summary>
/// The JSON settings of the contract, shared by the API and <c>od-seed check --json</c> so both print the same
/// bytes: camelCase, nulls kept (a missing cell is null, never omitted or 0), Chinese text left readable.
/// </summary>
public static class ContractJson
{
    /// <summary>Escapes only what JSON and HTML-safety require, so Chinese text stays as it is.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

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
