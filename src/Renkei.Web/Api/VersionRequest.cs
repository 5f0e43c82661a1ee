namespace Renkei.Web.Api;

/// <summary>The body of a step that changes a row and carries nothing else: the version the caller was shown (stale → 409).</summary>
public sealed record VersionRequest(uint Version);
