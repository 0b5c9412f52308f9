using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace OpenDisclosure.Data;

/// <summary>
/// The DDL of a new store: EF's create script for <see cref="DisclosureDb"/>, with the per-report child tables keyed by
/// (ReportId, …) declared WITHOUT ROWID. Such a table is one B-tree ordered by its key instead of a rowid table plus
/// a second B-tree for the composite primary key, so each of the ~40 rows a report stores is written once, not twice,
/// and a report's rows sit together on disk. EF has no model option for it, hence the rewrite of its script.
/// </summary>
internal static partial class StoreSchema
{
    private static readonly string[] ClusteredByReport = [Tables.RequestOutcomes, Tables.Sections, Tables.ProactiveCells, Tables.YoyClaims];

    public static string CreateScript(DisclosureDb db)
    {
        var script = db.Database.GenerateCreateScript();
        foreach (var table in ClusteredByReport)
        {
            var create = CreateTable(table).Match(script);
            if (!create.Success) throw new InvalidOperationException($"No CREATE TABLE for {table} in EF's script.");
            script = script.Remove(create.Index, create.Length).Insert(create.Index, create.Value[..^1] + " WITHOUT ROWID;");
        }
        return script;
    }

    /// <summary>EF writes each table as <c>CREATE TABLE "name" ( … );</c> with the closing parenthesis alone on its line.</summary>
    private static Regex CreateTable(string table) =>
        new($@"CREATE TABLE ""{Regex.Escape(table)}"" \(.*?\n\);", RegexOptions.Singleline);
}
