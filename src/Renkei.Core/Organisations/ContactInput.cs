namespace Renkei.Core.Organisations;

public sealed record ContactInput(string? Division, string? Phone, string? Email);
