namespace Renkei.Core.Arrangements;

/// <summary>
/// One region (地域) on the day: its municipalities, how many of them take part in at least one arrangement in force,
/// and how many arrangements in force have a member there.
/// </summary>
public sealed record RegionSummaryRow(string Region, int Municipalities, int Participating, int Arrangements);
