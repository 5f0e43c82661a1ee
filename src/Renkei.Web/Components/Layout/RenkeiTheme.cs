using MudBlazor;

namespace Renkei.Web.Components.Layout;

/// <summary>Colours chosen for at least 4.5:1 contrast with their text (JIS X 8341-3 AA).</summary>
public static class RenkeiTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b4f8c",
            Secondary = "#7a3b00",
            AppbarBackground = "#1b4f8c",
            AppbarText = "#ffffff",
            Background = "#f7f8fa",
            TextSecondary = "#4a4f57",
            ActionDefault = "#3d434b",
            DrawerText = "#1f2329",
            Success = "#1e6b34",
            Error = "#b3261e",
            Warning = "#8a5100",
            Info = "#0b5aa6",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans JP", "Hiragino Kaku Gothic ProN", "Meiryo", "sans-serif"],
            },
        },
    };
}
