namespace Renkei.Core.Regions;

public sealed record FollowUpInput(string? Task, string? Owner, DateOnly? DueOn);
