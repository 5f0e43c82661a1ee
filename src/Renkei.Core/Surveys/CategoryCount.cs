namespace Renkei.Core.Surveys;

public sealed record CategoryCount(int CategoryId, string Label, bool IsOther, int Count, bool AlsoRaisedByDepartments);
