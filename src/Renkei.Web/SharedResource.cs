namespace Renkei.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource*.resx (Japanese neutral, English in .en).</summary>
public sealed class SharedResource;
