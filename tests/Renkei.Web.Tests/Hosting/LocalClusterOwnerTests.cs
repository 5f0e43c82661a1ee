using Npgsql;
using Renkei.Web.Hosting;

namespace Renkei.Web.Tests.Hosting;

/// <summary>Two portals on one machine: a second one never stops the private PostgreSQL that a live portal runs.</summary>
public class LocalClusterOwnerTests
{
    private static async Task<bool> AnswersAsync(LocalPostgresCluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        return true;
    }

    [Fact]
    public async Task A_cluster_with_a_live_owner_is_refused_with_a_clear_message_and_keeps_running_and_one_left_by_a_dead_owner_is_restarted()
    {
        var root = Path.Combine(Path.GetTempPath(), $"renkei-owner-{Guid.NewGuid():N}");
        var first = new LocalPostgresCluster(root, forTests: true);
        await first.StartAsync();
        try
        {
            // The first portal's process is this test's; pretend a live portal of another process (init, pid 1) owns it.
            await File.WriteAllTextAsync(Path.Combine(root, "renkei.owner"), "1");
            var second = new LocalPostgresCluster(root, forTests: true);
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => second.StartAsync());
            Assert.Contains("Another Renkei portal (process 1)", refused.Message);
            Assert.Contains("Renkei__LocalDatabase__DataDirectory", refused.Message);
            Assert.True(await AnswersAsync(first), "the live cluster must keep running");

            // Its owner gone (a pid that cannot exist): the cluster is nobody's, so it is restarted on a known port.
            await File.WriteAllTextAsync(Path.Combine(root, "renkei.owner"), int.MaxValue.ToString());
            var third = new LocalPostgresCluster(root, forTests: true);
            await third.StartAsync();
            Assert.True(await AnswersAsync(third));
            await third.StopAsync();
        }
        finally
        {
            await first.StopAsync();
            Directory.Delete(root, recursive: true);
        }
    }
}
