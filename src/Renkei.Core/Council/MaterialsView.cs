using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

public sealed record MaterialsView(
    DateOnly? Deadline, IReadOnlyList<int> UploadableItemIds, IReadOnlyList<MaterialView> Materials, IReadOnlyList<MissingMaterial> Missing);
