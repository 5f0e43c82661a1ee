// The namespaces every component sees (as Components/_Imports.razor gives the .razor side), so the .razor.cs partials
// do not each repeat them.
global using System.Globalization;
global using Microsoft.AspNetCore.Components;
global using Microsoft.Extensions.Localization;
global using MudBlazor;
global using Renkei.Core.Accounts;
global using Renkei.Core.Calendar;
global using Renkei.Core.Organisations;
global using Renkei.Core.Surveys;
global using Renkei.Core.Themes;
global using Renkei.Web.Components.Shared;
global using Visibility = Renkei.Core.Common.Visibility;
