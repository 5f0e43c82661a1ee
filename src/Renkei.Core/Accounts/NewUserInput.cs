using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Auditing;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Accounts;

public sealed record NewUserInput(string? Email, string? DisplayName, int OrganisationId, string? Role, string? Password);
