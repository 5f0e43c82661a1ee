using System.Text.Json;

namespace Renkei.Web.Tests.Robustness;

/// <summary>One operation of <c>/openapi/v1.json</c>: what the generated tests call.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, string? BodyMediaType, JsonElement? BodySchema)
{
    /// <summary>"POST /api/v1/themes/{id}/transitions": the key of its row in the authorization matrix.</summary>
    public string Key => $"{Method} {Path}";

    public override string ToString() => Key;
}

public sealed record ApiParameter(string Name, string In, JsonElement Schema, bool Required);

/// <summary>Reads the portal's own OpenAPI document, resolving <c>$ref</c> and nullable <c>oneOf</c> schemas.</summary>
public sealed class OpenApiSurface
{
    private readonly JsonElement _schemas;

    private OpenApiSurface(JsonDocument document, IReadOnlyList<ApiOperation> operations)
    {
        _schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        Operations = operations;
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public static async Task<OpenApiSurface> LoadAsync(HttpClient client)
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operations = new List<ApiOperation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var s) ? s : default, p.TryGetProperty("required", out var r) && r.GetBoolean())).ToList()
                    : [];
                string? mediaType = null;
                JsonElement? schema = null;
                if (operation.Value.TryGetProperty("requestBody", out var body))
                {
                    var content = body.GetProperty("content").EnumerateObject().First();
                    mediaType = content.Name;
                    schema = content.Value.GetProperty("schema");
                }
                operations.Add(new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, mediaType, schema));
            }
        }
        return new OpenApiSurface(document, operations);
    }

    /// <summary>The schema itself: <c>$ref</c> followed, <c>oneOf [null, X]</c> reduced to X.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (true)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return schema;
            }
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = _schemas.GetProperty(reference.GetString()!.Split('/').Last());
                continue;
            }
            if (schema.TryGetProperty("oneOf", out var oneOf))
            {
                schema = oneOf.EnumerateArray().First(s => !(s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
                continue;
            }
            return schema;
        }
    }

    /// <summary>The JSON type a schema asks for beside null: object, array, string, integer, number, boolean or enum.</summary>
    public static string KindOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "any";
        }
        if (schema.TryGetProperty("enum", out _))
        {
            return "enum";
        }
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "any";
        }
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        foreach (var kind in new[] { "object", "array", "integer", "number", "boolean", "string" })
        {
            if (types.Contains(kind))
            {
                return kind;
            }
        }
        return "any";
    }

    public static string? FormatOf(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;

    public static bool IsNullable(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && (
            (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == "null"))
            || (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Any(s => s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")));

    public IEnumerable<(string Name, JsonElement Schema, bool Required)> Properties(JsonElement objectSchema)
    {
        var resolved = Resolve(objectSchema);
        var required = resolved.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToHashSet() : [];
        if (!resolved.TryGetProperty("properties", out var properties))
        {
            yield break;
        }
        foreach (var property in properties.EnumerateObject())
        {
            yield return (property.Name, property.Value, required.Contains(property.Name));
        }
    }
}
