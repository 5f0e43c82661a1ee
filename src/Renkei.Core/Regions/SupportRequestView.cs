namespace Renkei.Core.Regions;

/// <summary>A request as its office's page lists it: what it is for, who was asked, where it stands (IsOverdue: open past the day wanted).</summary>
public sealed record SupportRequestView(
    int Id, string Office, int? ThemeId, string? ThemeTitle, int? NeedItemId, string? NeedTitle, SupportField Field, string Question,
    DateOnly RequestedOn, DateOnly? WantedBy, int? MemberId, string? Member, SupportRequestState State, string? Answer, DateOnly? AnsweredOn,
    bool IsOverdue, uint Version);
