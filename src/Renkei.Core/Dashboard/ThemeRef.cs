using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;

namespace Renkei.Core.Dashboard;

public sealed record ThemeRef(int Id, string Title, ThemeState State);
