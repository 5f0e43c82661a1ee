using Renkei.Core.Surveys;

namespace Renkei.Core.Themes;

public sealed record ThemeNeedView(int ItemId, string OrganisationName, int FiscalYear, string CategoryLabel, string Title, Urgency Urgency);
