namespace Search.Indexing.Extraction;

/// <summary>A wire-style dateline opening a story: "Jan. 6, 2022 (EIRNS)—" or "NUR-SULTAN, Jan 13 (Reuters) -".</summary>
/// <param name="Credit">The credit in parentheses (an agency or an outlet's wire service).</param>
/// <param name="Month">Month, when the dateline has a date.</param>
/// <param name="Day">Day of month, when the dateline has a date.</param>
/// <param name="Year">Year, when the dateline states one.</param>
public sealed record Dateline(string Credit, int? Month, int? Day, int? Year);
