using Renkei.Core.Common;

namespace Renkei.Core.Council;

/// <summary>A material as the caller may see it; <c>CanChangeVisibility</c> says whether they may set its level (presenting <c>Version</c>).</summary>
public sealed record MaterialView(
    int Id, int AgendaItemId, string FileName, string ContentType, long Size, string OrganisationName, DateTimeOffset UploadedAt,
    Visibility Visibility = Visibility.Internal, uint Version = 0, bool CanChangeVisibility = false);
