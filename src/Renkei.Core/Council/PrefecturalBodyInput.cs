namespace Renkei.Core.Council;

/// <summary>
/// A prefecture-wide body to set up: its kind, name and chair, the day it starts, and — when given — the post in which every
/// municipality of the prefecture sits in it (別表1: 全市町村 企画担当課長等). Other members are added to its roster afterwards.
/// </summary>
public sealed record PrefecturalBodyInput(BodyKind Kind, string? Name, string? ChairPost, string? MunicipalPost, DateOnly From);
