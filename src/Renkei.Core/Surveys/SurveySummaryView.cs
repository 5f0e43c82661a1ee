using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Surveys;

public sealed record SurveySummaryView(
    int Id, int FiscalYear, string Title, SurveyStatus Status,
    DateOnly MunicipalOpensOn, DateOnly MunicipalClosesOn, DateOnly DepartmentOpensOn, DateOnly DepartmentClosesOn, uint Version);
