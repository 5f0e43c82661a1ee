namespace Renkei.Core.Regions;

/// <summary>A follow-up still to do, with the entry it came from.</summary>
public sealed record OpenFollowUp(int EntryId, DateOnly EntryOn, IReadOnlyList<string> Municipalities, int FollowUpId, string Task, string Owner, DateOnly? DueOn, bool IsOverdue);
