namespace Renkei.Core.Regions;

public sealed record FollowUpView(int Id, string Task, string Owner, DateOnly? DueOn, DateOnly? DoneOn, bool IsOverdue);
