namespace Renkei.Core.Regions;

public sealed record SupportRequestInput(int? ThemeId, int? NeedItemId, SupportField Field, string? Question, DateOnly? WantedBy, int? MemberId);
