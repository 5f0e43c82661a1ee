using Renkei.Core.Common;

namespace Renkei.Core.Tests;

/// <summary>
/// Wordings as the Web gives them, less its catalogue: Japanese for Japanese readers, and for English ones every word
/// and layout of the portal's own between «», so a test sees who was written to in which language and what was said.
/// </summary>
public sealed class MarkedWordings : IWordings
{
    public static readonly Wording English = new(text => $"«{text}»", format => $"«{format}»", "en");

    public Wording For(string? language) => language == "en" ? English : Wording.Japanese;
}
