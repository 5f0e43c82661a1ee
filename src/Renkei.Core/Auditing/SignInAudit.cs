using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Data;

namespace Renkei.Core.Auditing;

/// <summary>Sign-ins, refused sign-ins and lockouts of an account in the trail of its prefecture (attempts on unknown addresses go to the log only).</summary>
public sealed class SignInAudit(UnitOfWork work, TimeProvider clock)
{
    public async Task RecordAsync(string action, Guid userId, string address, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsSystemAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.OrganisationId, u.Organisation.PrefectureId }).SingleOrDefaultAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), UserId = userId, PrefectureId = user?.PrefectureId, OrganisationId = user?.OrganisationId,
            Action = action, EntityType = nameof(RenkeiUser), EntityId = userId.ToString(),
            Changes = JsonSerializer.Serialize(new { Address = Truncate(address, 64) }),
        });
        await db.SaveAsync(cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
