using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Organisations;

public sealed record ContactInput(string? Division, string? Phone, string? Email);
