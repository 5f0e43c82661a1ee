namespace Renkei.Core.Notifications;

/// <summary>
/// A notice for the users of one organisation (those with one of <see cref="Roles"/>, or all when empty), before it is
/// written once per user; <see cref="Users"/> narrows it to named accounts of that organisation (an approver, a requester).
/// </summary>
internal sealed record PlannedNotice(int PrefectureId, int OrganisationId, NoticeKind Kind, string Key, string Subject, DateOnly? DueOn, string Href,
    string? Note = null, IReadOnlyList<string>? Roles = null, IReadOnlyCollection<Guid>? Users = null);
