using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Surveys;

public sealed record CategoryCount(int CategoryId, string Label, bool IsOther, int Count, bool AlsoRaisedByDepartments);
