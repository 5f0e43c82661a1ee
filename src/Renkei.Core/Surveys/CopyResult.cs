namespace Renkei.Core.Surveys;

/// <summary>What copying last year's answer did: items copied, of which filed under その他 because the label is gone.</summary>
public sealed record CopyResult(int FromFiscalYear, int Copied, int MappedToOther, int Skipped);
