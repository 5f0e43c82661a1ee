using Npgsql;

namespace Renkei.Core.Data;

/// <summary>
/// Npgsql's pool defaults to 100 connections, as many as PostgreSQL allows by default (less its reserved ones):
/// under load the server then refuses with "too many clients" (53300). Unless the connection string says otherwise,
/// each portal keeps at most <see cref="DefaultMaxPoolSize"/>, so two portals fit one default server; a request
/// that finds the pool busy waits for a connection, and answers 503 when none frees in time.
/// </summary>
public static class DatabasePool
{
    public const int DefaultMaxPoolSize = 40;

    public static string Sized(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("Max Pool Size", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase);
        if (!given)
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }
        return builder.ConnectionString;
    }
}
