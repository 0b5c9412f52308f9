using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpenDisclosure.Data;

/// <summary>Builds the connection string and EF options for a database file; shared by the API and the seeding tool.</summary>
public static class DisclosureDbFactory
{
    /// <summary>The default database path (relative to the working directory), used by both the API and od-seed.</summary>
    public const string DefaultPath = "data/opendisclosure.db";

    public static string ConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            // Explicit, so cascade deletes never depend on how the native library was compiled.
            ForeignKeys = true,
        }.ToString();

    public static DbContextOptions<DisclosureDb> Options(string databasePath) =>
        Configure(new DbContextOptionsBuilder<DisclosureDb>(), databasePath).Options;

    /// <summary>For <c>AddDbContext</c>: <c>services.AddDbContext&lt;DisclosureDb&gt;(o =&gt; DisclosureDbFactory.Configure(o, path))</c>.</summary>
    public static DbContextOptionsBuilder<DisclosureDb> Configure(DbContextOptionsBuilder<DisclosureDb> builder, string databasePath) =>
        builder.UseSqlite(ConnectionString(databasePath));

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string databasePath) =>
        builder.UseSqlite(ConnectionString(databasePath));

    public static DisclosureDb Create(string databasePath) => new(Options(databasePath));
}
