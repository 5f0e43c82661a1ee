namespace Renkei.Core.Tenancy;

/// <summary>
/// A prefecture to add: its two-digit code in the national list, the bureau and division of its secretariat (the
/// 市町村課 of Yamagata's policy) and its first administrator; its offices come beside it as a CSV (<see cref="OfficesCsv"/>).
/// </summary>
public sealed record NewPrefectureInput(
    string? PrefectureCode, string? SecretariatBureau, string? SecretariatDivision,
    string? AdministratorEmail, string? AdministratorName, string? AdministratorPassword);
