using Microsoft.EntityFrameworkCore;
using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Notifications;
using Renkei.Core.Organisations;

namespace Renkei.Core.Tenancy;

// The SQL names tables and columns taken from the EF model, never from input; the prefecture's id is a parameter.
#pragma warning disable EF1002

/// <summary>
/// What a prefecture holds beyond its setup (its organisations and their accounts): any row of a table that belongs to
/// a prefecture, read from the model so that a table added later counts without anyone remembering it here.
/// </summary>
internal static class PrefectureRemoval
{
    /// <summary>Rows the setup writes, or that the portal writes by itself (notices), or that must outlive the prefecture (the trail).</summary>
    private static readonly Type[] Setup = [typeof(Organisation), typeof(Notice), typeof(AuditEntry)];

    /// <summary>Whether the prefecture holds anything of its own work (at the time of removing it).</summary>
    public static async Task<bool> HoldsWorkAsync(RenkeiDbContext db, int prefectureId, CancellationToken cancellationToken)
    {
        foreach (var (table, column) in Tables(db))
        {
            var sql = $"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE \"{column}\" = {{0}}) AS \"Value\"";
            if (await db.Database.SqlQueryRaw<bool>(sql, prefectureId).SingleAsync(cancellationToken))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The prefectures that hold work, for the list (one query per table, not per prefecture).</summary>
    public static async Task<HashSet<int>> WithWorkAsync(RenkeiDbContext db, CancellationToken cancellationToken)
    {
        var found = new HashSet<int>();
        foreach (var (table, column) in Tables(db))
        {
            found.UnionWith(await db.Database.SqlQueryRaw<int>($"SELECT DISTINCT \"{column}\" AS \"Value\" FROM \"{table}\"").ToListAsync(cancellationToken));
        }
        return found;
    }

    private static IEnumerable<(string Table, string Column)> Tables(RenkeiDbContext db) =>
        db.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned() && !Setup.Contains(e.ClrType))
            .Select(e => (Entity: e, Property: e.FindProperty("PrefectureId"), Table: e.GetTableName()))
            .Where(x => x.Property is not null && x.Table is not null)
            .Select(x => (x.Table!, x.Property!.GetColumnName()));
}
