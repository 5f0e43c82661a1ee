namespace Renkei.Testing;

/// <summary>
/// A clock tests set freely, backwards too (FakeTimeProvider refuses to go back, and tests visit
/// several fiscal years in one database). Until set, it is the real time.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _now;

    public override DateTimeOffset GetUtcNow() => _now ?? System.GetUtcNow();

    public void SetUtcNow(DateTimeOffset now) => _now = now.ToUniversalTime();

    /// <summary>Back to the real time.</summary>
    public void Reset() => _now = null;
}
