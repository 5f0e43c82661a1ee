namespace Renkei.Core.Indicators;

public sealed record IndicatorValueView(
    int Id, int Year, decimal Value, string Source, DateOnly? ObservedOn, ValueState State, string SubmittedBy, string? ReviewNote,
    bool CanEdit, bool CanReview, uint Version);
