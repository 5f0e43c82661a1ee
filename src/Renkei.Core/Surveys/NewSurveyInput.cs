namespace Renkei.Core.Surveys;

public sealed record NewSurveyInput(
    int FiscalYear, string? Title,
    DateOnly MunicipalOpensOn, DateOnly MunicipalClosesOn, DateOnly DepartmentOpensOn, DateOnly DepartmentClosesOn,
    bool CopyCategoriesFromPreviousSurvey = false);
