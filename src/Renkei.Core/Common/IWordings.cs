namespace Renkei.Core.Common;

/// <summary>
/// The wording for a reader who is not at a page (a mail, a calendar client): by the language they last chose in the
/// portal. Core gives Japanese alone; the Web puts its catalogue in its place.
/// </summary>
public interface IWordings
{
    /// <summary>The wording in <paramref name="language"/> (two letters); Japanese when it is null or unknown.</summary>
    Wording For(string? language);
}
