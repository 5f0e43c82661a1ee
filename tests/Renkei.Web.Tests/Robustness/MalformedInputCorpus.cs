using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Renkei.Web.Tests.Robustness;

/// <summary>One malformed request: what it breaks, and how to send it.</summary>
public sealed record MalformedCase(ApiOperation Operation, string What, string Url, Func<HttpContent?> Content)
{
    public override string ToString() => $"{Operation.Key} [{What}]";
}

/// <summary>
/// The malformed requests of every operation, generated from its OpenAPI schema: broken JSON, wrong types,
/// missing required fields, numbers out of range, NUL and control characters, 100,000-character strings,
/// lone surrogates, impossible dates, huge ids, unknown enum names and numbers, wrong Content-Type and
/// oversize bodies, in the body, the query and the path.
/// </summary>
public static class MalformedInputCorpus
{
    private static readonly string LongText = new('あ', 100_000);

    public static IEnumerable<MalformedCase> For(OpenApiSurface surface, ApiOperation operation, ApiWorld world)
    {
        var url = world.Fill(operation.Path);
        foreach (var c in PathCases(operation, world))
        {
            yield return c;
        }
        foreach (var c in QueryCases(surface, operation, url))
        {
            yield return c;
        }
        if (operation.BodySchema is { } schema && operation.BodyMediaType == "application/json")
        {
            foreach (var c in BodyCases(surface, operation, schema, url, world))
            {
                yield return c;
            }
        }
        if (operation.BodyMediaType == "multipart/form-data")
        {
            yield return new(operation, "multipart without a file", url, () => new MultipartFormDataContent { { new StringContent("x"), "other" } });
            yield return new(operation, "JSON instead of a form", url, () => Json("{}"));
            yield return new(operation, "a file named with NUL", url, () =>
            {
                // HttpClient refuses NUL in a header; the RFC 5987 form carries it percent-encoded, as an attacker would.
                var file = new ByteArrayContent(Renkei.Testing.SampleFiles.Pdf());
                file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"file\"; filename*=UTF-8''a%00b.pdf");
                var form = new MultipartFormDataContent { file };
                return form;
            });
        }
        if (operation.BodyMediaType == "text/csv")
        {
            yield return new(operation, "CSV with NUL", url, () => new StringContent("code,year\n\u0000,2020\n", Encoding.UTF8, "text/csv"));
            yield return new(operation, "CSV that is not CSV", url, () => new StringContent("\"unterminated", Encoding.UTF8, "text/csv"));
            yield return new(operation, "JSON instead of CSV", url, () => Json("{}"));
        }
    }

    private static IEnumerable<MalformedCase> PathCases(ApiOperation operation, ApiWorld world)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var kind = OpenApiSurface.KindOf(parameter.Schema);
            var bad = kind == "integer"
                ? new[] { "abc", "99999999999", "-1", "0", "1.5" }
                : OpenApiSurface.FormatOf(parameter.Schema) == "uuid"
                    ? new[] { "not-a-guid", "00000000-0000-0000-0000-000000000000" }
                    : new[] { "abc", "%01x", "%1Fx", new string('9', 2_000) };
            foreach (var value in bad)
            {
                var url = world.Fill(operation.Path, new Dictionary<string, string> { [$"{{{parameter.Name}}}"] = "__BAD__" })
                    .Replace("__BAD__", value.StartsWith('%') ? value : Uri.EscapeDataString(value));
                yield return new(operation, $"path {parameter.Name}={Short(value)}", url, () => PlausibleBodyPlaceholder(operation));
            }
        }
    }

    private static IEnumerable<MalformedCase> QueryCases(OpenApiSurface surface, ApiOperation operation, string url)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            var schema = surface.Resolve(parameter.Schema);
            var kind = OpenApiSurface.KindOf(schema);
            var values = new List<string> { "%00", "a%00b", "%1F", "%7F" };
            values.AddRange(kind switch
            {
                "integer" => ["abc", "99999999999", "1.5"],
                "boolean" => ["maybe"],
                "enum" => ["NoSuchValue", "99", "-1"],
                _ when OpenApiSurface.FormatOf(schema) == "date" => ["2026-02-30", "0001-01-01", "9999-12-31", "yesterday"],
                _ => [],
            });
            foreach (var value in values)
            {
                var separator = url.Contains('?') ? '&' : '?';
                yield return new(operation, $"query {parameter.Name}={Short(value)}", $"{url}{separator}{parameter.Name}={value}", () => PlausibleBodyPlaceholder(operation));
            }
        }
    }

    private static IEnumerable<MalformedCase> BodyCases(OpenApiSurface surface, ApiOperation operation, JsonElement schema, string url, ApiWorld world)
    {
        var resolved = surface.Resolve(schema);
        var optionalBody = OpenApiSurface.IsNullable(schema);
        yield return new(operation, "broken JSON", url, () => Json("{\"a\":"));
        yield return new(operation, "JSON array for an object", url, () => Json("[]"));
        yield return new(operation, "JSON string for an object", url, () => Json("\"text\""));
        yield return new(operation, "JSON number for an object", url, () => Json("42"));
        yield return new(operation, "bytes that are not UTF-8", url, () => Raw(new byte[] { 0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D }, "application/json"));
        yield return new(operation, "text/plain Content-Type", url, () => new StringContent(Base(surface, schema, world).ToJsonString(), Encoding.UTF8, "text/plain"));
        yield return new(operation, "oversize body (2 MB)", url, () => Json($"{{\"x\":\"{new string('a', 2 * 1024 * 1024)}\"}}"));
        if (!optionalBody)
        {
            yield return new(operation, "no body", url, () => Raw([], "application/json"));
            yield return new(operation, "JSON null", url, () => Json("null"));
        }
        foreach (var (name, property, required) in surface.Properties(resolved))
        {
            if (required)
            {
                yield return new(operation, $"missing {name}", url, () =>
                {
                    var body = Base(surface, schema, world);
                    body.Remove(name);
                    return Json(body.ToJsonString());
                });
            }
            foreach (var (what, value) in BadValues(surface, property))
            {
                yield return new(operation, $"{name}: {what}", url, () =>
                {
                    var body = Base(surface, schema, world);
                    body[name] = value?.DeepClone();
                    return Json(body.ToJsonString());
                });
            }
        }
    }

    /// <summary>Values the property must refuse, by the kind of value its schema asks for.</summary>
    private static IEnumerable<(string What, JsonNode? Value)> BadValues(OpenApiSurface surface, JsonElement property)
    {
        var schema = surface.Resolve(property);
        var kind = OpenApiSurface.KindOf(schema);
        if (!OpenApiSurface.IsNullable(property) && kind != "boolean")
        {
            yield return ("null", null);
        }
        switch (kind)
        {
            case "string" when OpenApiSurface.FormatOf(schema) is "date" or "date-time":
                yield return ("impossible date", "2026-02-30");
                yield return ("year 1", "0001-01-01");
                yield return ("year 9999", "9999-12-31");
                yield return ("a word", "yesterday");
                yield return ("a number", 20260401);
                break;
            case "string":
                yield return ("NUL", "a\u0000b");
                yield return ("control character", "a\u0007b");
                yield return ("100,000 characters", LongText);
                yield return ("a number", 42);
                yield return ("an object", new JsonObject());
                break;
            case "integer":
                yield return ("beyond 32 bits", JsonNode.Parse("99999999999"));
                yield return ("far below", JsonNode.Parse("-99999999999"));
                yield return ("a fraction", 1.5);
                yield return ("a word", "abc");
                yield return ("true", true);
                break;
            case "number":
                yield return ("beyond double", JsonNode.Parse("1e400"));
                yield return ("a word", "abc");
                break;
            case "boolean":
                yield return ("a word", "yes");
                yield return ("a number", 2);
                break;
            case "enum":
                yield return ("unknown name", "NoSuchValue");
                yield return ("number 0", 0);
                yield return ("number 42", 42);
                yield return ("number -1", -1);
                break;
            case "array":
                yield return ("a string", "not-a-list");
                yield return ("[null]", new JsonArray((JsonNode?)null));
                var items = surface.Resolve(schema.GetProperty("items"));
                yield return ("an element of the wrong type", new JsonArray(OpenApiSurface.KindOf(items) is "string" or "enum" ? new JsonObject() : JsonValue.Create("x")));
                break;
            case "object":
                yield return ("a string", "x");
                yield return ("an array", new JsonArray());
                break;
        }
    }

    private static JsonObject Base(OpenApiSurface surface, JsonElement schema, ApiWorld world) =>
        SampleJson.For(surface, schema, world) as JsonObject ?? new JsonObject();

    /// <summary>A path or query case of a write still sends a body, so only the bad parameter is wrong.</summary>
    private static HttpContent? PlausibleBodyPlaceholder(ApiOperation operation) =>
        operation.BodyMediaType == "application/json" ? Json("{}") : null;

    private static HttpContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");

    private static HttpContent Raw(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static string Short(string value) => value.Length > 20 ? $"{value[..10]}…({value.Length})" : value;
}
