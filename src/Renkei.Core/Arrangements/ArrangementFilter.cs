namespace Renkei.Core.Arrangements;

/// <summary>The registry on a day (today when omitted), of one type, or those a municipality takes part in.</summary>
public sealed record ArrangementFilter(DateOnly? AsOf = null, ArrangementType? Type = null, int? MunicipalityId = null, bool IncludeDissolved = false);
