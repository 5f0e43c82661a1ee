using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Renkei.Core.Auditing;

/// <summary>
/// Turns an entry's stored JSON into fields in words: ids of organisations and themes become their names, and enum
/// values carry their enum's name so the page can translate them. Stored shapes: a new row {"F": v}; a change
/// {"F": {"old": a, "new": b}}; a deleted row {"F": {"old": a}}.
/// </summary>
internal sealed class AuditNames(IReadOnlyDictionary<int, string> organisations, IReadOnlyDictionary<int, string> themes, IModel model)
{
    public IReadOnlyDictionary<int, string> Organisations => organisations;

    public IReadOnlyList<FieldChange> Changes(AuditEntry entry)
    {
        if (string.IsNullOrEmpty(entry.Changes))
        {
            return [];
        }
        using var json = JsonDocument.Parse(entry.Changes);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }
        var type = model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == entry.EntityType);
        var changes = new List<FieldChange>();
        foreach (var field in json.RootElement.EnumerateObject().Where(f => f.Name != "PrefectureId"))
        {
            var (old, @new) = field.Value.ValueKind == JsonValueKind.Object
                ? (Text(field.Value, "old"), Text(field.Value, "new"))
                : (null, Plain(field.Value));
            if (field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("new", out _) && old == @new)
            {
                continue; // a row written only to move its version on (a child added): nothing of its own changed
            }
            var clr = type?.FindProperty(field.Name)?.ClrType;
            var element = clr is null ? null : Nullable.GetUnderlyingType(clr) ?? (clr.IsArray ? clr.GetElementType() : clr);
            var enumType = element is { IsEnum: true } ? element.Name : null;
            changes.Add(new FieldChange(field.Name, Name(field.Name, old), Name(field.Name, @new), enumType));
        }
        return changes;
    }

    /// <summary>Ids named: organisations (…OrganisationId, …DepartmentId, MunicipalityIds…) and themes; anything else as stored.</summary>
    private string? Name(string property, string? value)
    {
        if (value is null)
        {
            return null;
        }
        IReadOnlyDictionary<int, string>? names =
            property.EndsWith("OrganisationId", StringComparison.Ordinal) || property.EndsWith("DepartmentId", StringComparison.Ordinal)
            || property.EndsWith("OrganisationIds", StringComparison.Ordinal) || property.EndsWith("MunicipalityIds", StringComparison.Ordinal)
            || property is "MunicipalityId" or "SupportOfficeId" or "BranchOfficeId" ? organisations
            : property == "ThemeId" ? themes
            : null;
        if (names is null)
        {
            return value;
        }
        return string.Join("、", value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => int.TryParse(id, out var n) && names.TryGetValue(n, out var name) ? name : id));
    }

    private static string? Text(JsonElement value, string name) => value.TryGetProperty(name, out var inner) ? Plain(inner) : null;

    private static string? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(Plain)),
        _ => value.GetRawText(),
    };
}
