using Microsoft.Extensions.Options;
using Renkei.Core.Notifications;

namespace Renkei.Web.Hosting;

/// <summary>
/// Runs the day's notices (<see cref="NotificationRunner"/>) at start and every <see cref="NotificationOptions.CheckEvery"/>:
/// the runner does the day once, across every portal sharing the database (advisory lock and a record of the day).
/// </summary>
public sealed class NotificationJob(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, ILogger<NotificationJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.CheckEvery);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NotificationRunner>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a while: the next tick tries again; nothing is half written (one save per step).
                log.LogWarning(e, "The daily notices could not be prepared; trying again in {Interval}", options.Value.CheckEvery);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
