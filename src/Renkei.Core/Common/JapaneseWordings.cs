namespace Renkei.Core.Common;

/// <summary>Core's own <see cref="IWordings"/>: Japanese, the portal's language of record, for every reader.</summary>
public sealed class JapaneseWordings : IWordings
{
    public Wording For(string? language) => Wording.Japanese;
}
