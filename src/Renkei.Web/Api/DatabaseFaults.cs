using Npgsql;

namespace Renkei.Web.Api;

/// <summary>What a failure from PostgreSQL means for the caller: the server is away (503, retry) or the input got past validation (400).</summary>
public static class DatabaseFaults
{
    /// <summary>Seconds a client should wait before retrying while the database is away.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The server is down, restarting, refusing connections, or every pooled connection is in use.</summary>
    public static bool IsUnavailable(Exception exception) => exception.SelfAndInner().Any(e => e switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
            || pg.SqlState is "57P01" or "57P02" or "57P03",
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.Message.Contains("connection pool has been exhausted", StringComparison.OrdinalIgnoreCase),
        _ => false,
    });

    /// <summary>PostgreSQL refused a value (NUL in text, a date or number out of its range): a gap in validation, answered as bad input.</summary>
    public static bool IsRefusedValue(Exception exception) =>
        exception.SelfAndInner().OfType<PostgresException>().Any(pg => pg.SqlState is "22021" or "22P05" or "22008" or "22003" or "22007");
}
