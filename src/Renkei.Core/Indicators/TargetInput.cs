using Renkei.Core.Common;

namespace Renkei.Core.Indicators;

public sealed record TargetInput(int Year, decimal Value);
