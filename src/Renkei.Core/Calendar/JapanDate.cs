namespace Renkei.Core.Calendar;

/// <summary>Deadlines are Japanese calendar days, whatever zone the server runs in.</summary>
public static class JapanDate
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Wareki.ToJapanTime(clock.GetUtcNow()).DateTime);

    /// <summary>The instant a Japanese calendar day begins (Japan keeps UTC+9 all year), in UTC as PostgreSQL stores it.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)).ToUniversalTime();
}
