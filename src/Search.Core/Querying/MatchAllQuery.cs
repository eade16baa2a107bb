namespace Search.Core.Querying;

/// <summary>Matches every document (the empty query).</summary>
public sealed record MatchAllQuery : Query
{
    /// <summary>The shared instance.</summary>
    public static MatchAllQuery Instance { get; } = new();
}
