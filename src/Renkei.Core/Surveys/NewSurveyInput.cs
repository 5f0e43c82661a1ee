using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Surveys;

public sealed record NewSurveyInput(
    int FiscalYear, string? Title,
    DateOnly MunicipalOpensOn, DateOnly MunicipalClosesOn, DateOnly DepartmentOpensOn, DateOnly DepartmentClosesOn,
    bool CopyCategoriesFromPreviousSurvey = false);
