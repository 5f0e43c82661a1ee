namespace Renkei.Core.Regions;

/// <summary>A need entered from this visit: in which municipality's answer, and whether it has confirmed or submitted it.</summary>
public sealed record HeardNeedView(int ItemId, string Municipality, int SurveyId, int FiscalYear, string Title, bool Confirmed, bool Submitted);
