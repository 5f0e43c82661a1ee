using Renkei.Core.Common;

namespace Renkei.Core.Indicators;

public sealed record ValueInput(int Year, decimal Value, string? Source, DateOnly? ObservedOn);
