using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record AreaFieldInput(VisionField Field, string? Projects);
