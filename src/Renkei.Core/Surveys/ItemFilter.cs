namespace Renkei.Core.Surveys;

public sealed record ItemFilter(int? CategoryId = null, SurveySection? Section = null, RespondentGroup? Group = null, string? Region = null, int? MunicipalityId = null);
