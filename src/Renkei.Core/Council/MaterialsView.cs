namespace Renkei.Core.Council;

/// <summary>
/// A meeting's materials with what the caller may do: upload to <c>UploadableItemIds</c>; a change of the deadline
/// presents <c>MeetingVersion</c>. <c>PublicOnly</c>: the caller is not one of the meeting's readers and sees only its
/// 公開 materials (and no packet).
/// </summary>
public sealed record MaterialsView(
    DateOnly? Deadline, IReadOnlyList<int> UploadableItemIds, IReadOnlyList<MaterialView> Materials, IReadOnlyList<MissingMaterial> Missing,
    uint MeetingVersion = 0, bool PublicOnly = false);
