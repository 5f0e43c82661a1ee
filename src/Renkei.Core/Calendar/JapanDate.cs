namespace Renkei.Core.Calendar;

/// <summary>Deadlines are Japanese calendar days, whatever zone the server runs in.</summary>
public static class JapanDate
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Wareki.ToJapanTime(clock.GetUtcNow()).DateTime);
}
