namespace Search.Web.Hosting;

/// <summary>The "Search" configuration section (also Search__IndexPath / Search__SeedsPath in the environment).</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The index folder; default: the repository's index/.</summary>
    public string IndexPath { get; set; } = string.Empty;

    /// <summary>The corpus indexed at start when the index is empty; default: the repository's seeds/.</summary>
    public string SeedsPath { get; set; } = string.Empty;
}
