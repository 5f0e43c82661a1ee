using Microsoft.Extensions.Localization;

namespace Renkei.Web.Components.Shared;

/// <summary>
/// MudBlazor's own texts (the 「Required」 under an emptied required field) from the portal's resources (<c>Mud.{key}</c>);
/// a key the resources lack falls back to MudBlazor's English.
/// </summary>
public sealed class PortalMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = localizer[$"Mud.{key}"];
            return new LocalizedString(key, text.Value, text.ResourceNotFound);
        }
    }
}
