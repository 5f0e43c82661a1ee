namespace Renkei.Web.Components.Shared;

/// <summary>
/// The label of a domain value in the UI's language, from the resources (<c>Enum.{Type}.{Value}</c>), so the English UI
/// shows no Japanese but data. Core's <c>ToJapanese()</c> stays for documents that are Japanese by nature (次第, CSV).
/// </summary>
public static class EnumLabels
{
    public static string Label<T>(this IStringLocalizer<SharedResource> l, T value) where T : struct, Enum =>
        l[$"Enum.{typeof(T).Name}.{value}"];

    public static string? Label<T>(this IStringLocalizer<SharedResource> l, T? value) where T : struct, Enum =>
        value is { } v ? l.Label(v) : null;
}
