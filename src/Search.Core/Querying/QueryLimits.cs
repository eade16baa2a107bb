namespace Search.Core.Querying;

/// <summary>Bounds that keep one query from costing too much.</summary>
public sealed record QueryLimits
{
    /// <summary>The limits the product uses.</summary>
    public static QueryLimits Default { get; } = new();

    /// <summary>Longest query text accepted, in characters.</summary>
    public int MaxLength { get; init; } = 1000;

    /// <summary>Most leaf clauses (terms, phrases, prefixes...) in one query.</summary>
    public int MaxClauses { get; init; } = 64;

    /// <summary>Deepest nesting of parentheses.</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Most terms a prefix or fuzzy clause expands to.</summary>
    public int MaxExpansions { get; init; } = 256;
}
