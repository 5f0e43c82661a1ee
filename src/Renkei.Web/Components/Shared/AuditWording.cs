using System.Globalization;
using Renkei.Core.Auditing;

namespace Renkei.Web.Components.Shared;

/// <summary>
/// An audit entry in the UI's words, shared by the history sections, the audit page and its CSV: actions, kinds of
/// record and fields from the resources (<c>Audit.Action.*</c>, <c>Audit.Entity.*</c>, <c>Audit.Field.*</c>), enum values
/// by their labels, instants and days in the calendar the page uses; unknown names fall back to the stored text.
/// </summary>
public static class AuditWording
{
    public static string Action(this IStringLocalizer<SharedResource> l, string action) => Or(l[$"Audit.Action.{action}"], action);

    public static string Entity(this IStringLocalizer<SharedResource> l, string entityType) => Or(l[$"Audit.Entity.{entityType}"], entityType);

    public static string Field(this IStringLocalizer<SharedResource> l, string property) => Or(l[$"Audit.Field.{property}"], property);

    /// <summary>「件名：旧 → 新」 for a change, 「件名：新」 for a new row, 「件名：旧 → （削除）」 for a deleted one.</summary>
    public static string Change(this IStringLocalizer<SharedResource> l, FieldChange change)
    {
        var (old, @new) = (l.Value(change, change.Old), l.Value(change, change.New));
        return change.Old is null ? $"{l.Field(change.Property)}：{@new ?? l["Audit.Empty"]}"
            : $"{l.Field(change.Property)}：{old} → {@new ?? l["Audit.Empty"]}";
    }

    /// <summary>Every field, or 「関連する記録の追加・変更」 for a row written only because a child of it changed.</summary>
    public static string Changes(this IStringLocalizer<SharedResource> l, IReadOnlyCollection<FieldChange> changes) =>
        changes.Count == 0 ? l["Audit.NoFieldChange"] : string.Join(l["Audit.Separator"], changes.Select(l.Change));

    private static string? Value(this IStringLocalizer<SharedResource> l, FieldChange change, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (change.Property is "role" or "previousRoles")
        {
            return string.Join("、", value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Or(l[$"Role.{v}"], v)));
        }
        if (change.EnumType is { } type)
        {
            return string.Join("、", value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Or(l[$"Enum.{type}.{v}"], v)));
        }
        if (value is "True" or "False")
        {
            return l[$"Audit.{value}"];
        }
        var culture = CultureInfo.CurrentUICulture;
        if (value.Length >= 19 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && value.Contains(':'))
        {
            return culture.TwoLetterISOLanguageName == "ja" ? Core.Calendar.Wareki.FormatDateTime(instant)
                : Core.Calendar.Wareki.ToJapanTime(instant).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        }
        return DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var day) ? Core.Calendar.Wareki.FormatDate(day, culture) : value;
    }

    private static string Or(LocalizedString text, string fallback) => text.ResourceNotFound ? fallback : text.Value;
}
