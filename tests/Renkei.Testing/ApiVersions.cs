using System.Net.Http.Json;
using System.Text.Json;

namespace Renkei.Testing;

/// <summary>Reads the version a resource shows, as a client does before an edit (every edit presents it).</summary>
public static class ApiVersions
{
    public static async Task<uint> VersionAtAsync(this HttpClient client, string url)
    {
        var resource = await client.GetFromJsonAsync<JsonElement>(url);
        return resource.GetProperty("version").GetUInt32();
    }
}
