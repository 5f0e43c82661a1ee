namespace Renkei.Core.Cases;

public sealed record FacetCount<T>(T Value, int Count);
