using Renkei.Core.Common;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

public sealed record CaseListItem(
    int Id, string Title, string Summary, CaseState State, Visibility Visibility, IReadOnlyList<string> Fields,
    IReadOnlyList<CollaborationMethod> Methods, IReadOnlyList<string> Organisations, IReadOnlyList<string> Regions,
    int Adoptions, DateTimeOffset? ApprovedAt);
