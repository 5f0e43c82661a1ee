namespace Renkei.Core.Surveys;

/// <summary>Narrows the municipal side of a summary or item list (the prefectural side is never narrowed by place).</summary>
public sealed record SummaryFilter(string? Region = null, int? MunicipalityId = null);
