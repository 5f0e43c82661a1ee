using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Renkei.Core.Calendar;
using Renkei.Core.Data;

namespace Renkei.Core.Notifications;

/// <summary>
/// The daily run: under a PostgreSQL advisory lock (one portal at a time, however many share the database), once per
/// day, it writes the notices of every deadline (<see cref="DeadlinePlanner"/>), mails those their users asked for, and
/// removes notices read more than <see cref="KeepRead"/> ago (the bell is for what is current; the records keep their history).
/// </summary>
public sealed class NotificationRunner(UnitOfWork work, NoticeMailer mailer, TimeProvider clock, ILogger<NotificationRunner> log)
{
    /// <summary>The advisory lock's key: any bigint the portal uses for nothing else ("renkei" notices).</summary>
    public const long LockKey = 0x52454E4B_4E4F5449;

    /// <summary>
    /// How long a read notice stays in the bell's list; unread ones stay until they are read. Longer than the longest time a
    /// deadline is planned (a missing KPI actual, all year), so a removed notice is never written again as new.
    /// </summary>
    public static readonly TimeSpan KeepRead = TimeSpan.FromDays(400);

    public async Task<NotificationRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = JapanDate.Today(clock);
        await using var db = await work.OpenAsSystemAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({LockKey}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            log.LogInformation("Notices of {Day}: another portal is preparing them", today);
            return new NotificationRunResult(today, false, 0, 0);
        }
        try
        {
            if (await db.NotificationRuns.AnyAsync(r => r.Day == today, cancellationToken))
            {
                return new NotificationRunResult(today, false, 0, 0);
            }
            var now = clock.GetUtcNow();
            var added = await NoticeWriter.AddAsync(db, await DeadlinePlanner.PlanAsync(db, today, cancellationToken), now, cancellationToken);
            var run = new NotificationRun { Day = today, RanAt = now, Created = added.Count };
            db.NotificationRuns.Add(run);
            await db.SaveAsync(cancellationToken);
            run.Mailed = await mailer.SendPendingAsync(db, now, cancellationToken);
            await db.SaveAsync(cancellationToken);
            var readBefore = now - KeepRead;
            var removed = await db.Notices.Where(n => n.ReadAt != null && n.ReadAt < readBefore).ExecuteDeleteAsync(cancellationToken);
            log.LogInformation("Notices of {Day}: {Created} written, {Mailed} mailed, {Removed} read ones removed", today, run.Created, run.Mailed, removed);
            return new NotificationRunResult(today, true, run.Created, run.Mailed, removed);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }
}
