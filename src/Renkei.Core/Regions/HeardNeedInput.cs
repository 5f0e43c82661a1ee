using Renkei.Core.Surveys;

namespace Renkei.Core.Regions;

/// <summary>A need heard on a visit, to be put into a municipality's answer to a survey not yet closed.</summary>
public sealed record HeardNeedInput(int? SurveyId, int? MunicipalityId, int? CategoryId, string? Title, Urgency? Urgency, string? Content, string? Issues);
