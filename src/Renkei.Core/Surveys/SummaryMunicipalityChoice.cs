namespace Renkei.Core.Surveys;

/// <summary>A municipality the caller may narrow the summary to, with its region (地域) for the first filter.</summary>
public sealed record SummaryMunicipalityChoice(int Id, string Name, string Region);
