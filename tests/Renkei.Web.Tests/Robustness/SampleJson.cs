using System.Text.Json;
using System.Text.Json.Nodes;

namespace Renkei.Web.Tests.Robustness;

/// <summary>A plausible body for a schema: real ids where the world has them, Japanese text, dates in the world's years.</summary>
public static class SampleJson
{
    public static JsonNode? For(OpenApiSurface surface, JsonElement schema, ApiWorld world, string name = "", int depth = 0)
    {
        var resolved = surface.Resolve(schema);
        var kind = OpenApiSurface.KindOf(resolved);
        if (world.BodyIds.TryGetValue(name, out var id) && kind == "integer")
        {
            return JsonNode.Parse(id.GetRawText());
        }
        return kind switch
        {
            "object" when depth < 4 => Object(surface, resolved, world, depth),
            "array" => new JsonArray(),
            "enum" => JsonValue.Create(resolved.GetProperty("enum")[0].GetString()),
            "integer" => JsonValue.Create(name.Equals("version", StringComparison.OrdinalIgnoreCase) ? 0 : 1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(false),
            "string" => OpenApiSurface.FormatOf(resolved) switch
            {
                "date" => JsonValue.Create($"{ApiWorld.CycleYear}-06-01"),
                "date-time" => JsonValue.Create($"{ApiWorld.CycleYear}-06-01T10:00:00+09:00"),
                "uuid" => JsonValue.Create(Guid.Empty.ToString()),
                _ => JsonValue.Create(TextFor(name)),
            },
            _ => null,
        };
    }

    private static JsonObject Object(OpenApiSurface surface, JsonElement schema, ApiWorld world, int depth)
    {
        var result = new JsonObject();
        foreach (var (name, property, _) in surface.Properties(schema))
        {
            result[name] = For(surface, property, world, name, depth + 1);
        }
        return result;
    }

    private static string TextFor(string name) => name.ToLowerInvariant() switch
    {
        "email" => "generated@renkei.example",
        "password" => "Renkei#Strong2026",
        "role" => "MunicipalStaff",
        "phone" => "023-630-2211",
        _ => "生成テスト",
    };
}
