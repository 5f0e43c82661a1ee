namespace Renkei.Core.Organisations;

public sealed record MunicipalityContactView(string? Division, string? Phone, string? Email);
