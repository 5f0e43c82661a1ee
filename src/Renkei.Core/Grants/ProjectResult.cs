using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record ProjectResult(int ProjectId, string? Result, long? AmountUsed);
