using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Renkei.Web.Api.Input;

/// <summary>
/// Query strings, route values and JSON string values with NUL or other control characters, or with lone
/// surrogates, are refused before any endpoint runs (a search for "a%00b" would otherwise reach PostgreSQL,
/// which cannot hold NUL in text). Broken JSON is left to the binding, which names what it could not read.
/// </summary>
public static class RequestTextGuard
{
    public static void UseRequestTextGuard(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var bad = context.Request.Query.FirstOrDefault(q => q.Value.Any(v => v is not null && !StrictText.IsClean(v))).Key
                ?? context.Request.RouteValues.FirstOrDefault(r => r.Value is string s && !StrictText.IsClean(s)).Key
                ?? await BadJsonStringAsync(context.Request);
            if (bad is null)
            {
                await next(context);
                return;
            }
            var errors = new Dictionary<string, string[]> { [bad] = [StrictText.Message] };
            await TypedResults.ValidationProblem(errors, title: BadRequestProblem.Title, detail: $"{bad}: {StrictText.Message}").ExecuteAsync(context);
        });

    /// <summary>The path of the first JSON string that is not clean text, or null.</summary>
    private static async Task<string?> BadJsonStringAsync(HttpRequest request)
    {
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true || request.ContentLength == 0)
        {
            return null;
        }
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return FirstBadString(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static string? FirstBadString(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        var path = new Stack<string>();
        var index = new Stack<int>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (property is not null && !StrictText.IsClean(property))
                        {
                            return Join(path, "(項目名)");
                        }
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Push(Segment(property, index));
                        index.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        property = null;
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.Pop();
                        index.Pop();
                        Advance(index);
                        continue;
                    case JsonTokenType.String:
                        var at = Segment(property, index);
                        string value;
                        try
                        {
                            value = reader.GetString()!;
                        }
                        catch (InvalidOperationException)
                        {
                            return Join(path, at); // an escaped lone surrogate
                        }
                        if (!StrictText.IsClean(value))
                        {
                            return Join(path, at);
                        }
                        break;
                }
                property = null;
                Advance(index);
            }
        }
        catch (JsonException)
        {
            return null; // broken JSON: the binding reports it
        }
        catch (InvalidOperationException)
        {
            return "body"; // bytes that are not UTF-8 in a name or value
        }
        return null;
    }

    private static string Segment(string? property, Stack<int> index) =>
        property ?? (index.TryPeek(out var i) && i >= 0 ? $"[{i}]" : "");

    private static void Advance(Stack<int> index)
    {
        if (index.TryPop(out var i))
        {
            index.Push(i >= 0 ? i + 1 : i);
        }
    }

    private static string Join(Stack<string> path, string last)
    {
        var parts = path.Reverse().Append(last).Where(p => p.Length > 0);
        var text = string.Join(".", parts).Replace(".[", "[");
        return text.Length == 0 ? "body" : text;
    }
}
