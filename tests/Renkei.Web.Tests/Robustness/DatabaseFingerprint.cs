using Npgsql;

namespace Renkei.Web.Tests.Robustness;

/// <summary>A digest of every table's rows, to prove that refused requests changed nothing.</summary>
public static class DatabaseFingerprint
{
    /// <summary>Tables a refused request may still touch: the audit of sign-ins and the data-protection keys.</summary>
    private static readonly HashSet<string> Ignored = ["__EFMigrationsHistory", "data_protection_keys"];

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var digests = new Dictionary<string, string>();
        foreach (var table in tables.Where(t => !Ignored.Contains(t)))
        {
            await using var digest = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            digests[table] = (string)(await digest.ExecuteScalarAsync())!;
        }
        return digests;
    }

    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order();
}
