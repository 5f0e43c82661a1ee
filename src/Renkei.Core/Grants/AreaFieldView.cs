namespace Renkei.Core.Grants;

public sealed record AreaFieldView(int Id, VisionField Field, string? Projects);
