namespace Renkei.Web.Hosting;

/// <summary>What the app does to its database at start-up (section <c>Renkei:Database</c>).</summary>
public sealed class DatabaseOptions
{
    /// <summary>Apply pending EF Core migrations. Default: on for the embedded database, off otherwise.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Load the Yamagata organisations if they are missing.</summary>
    public bool? SeedReferenceData { get; set; }

    /// <summary>Load the demo accounts (development only).</summary>
    public bool? SeedDemoData { get; set; }
}
