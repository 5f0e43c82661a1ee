using System.Globalization;
using Renkei.Core.Accounts;
using Renkei.Core.Common;

namespace Renkei.Web.Localization;

/// <summary>Core's <see cref="IWordings"/> from the message catalogue, for readers away from a page (mails, calendar feeds).</summary>
public sealed class CatalogueWordings : IWordings
{
    public Wording For(string? language) =>
        Languages.Known(language) is { } known && known != Languages.Japanese ? Wordings.For(CultureInfo.GetCultureInfo(known)) : Wording.Japanese;
}
