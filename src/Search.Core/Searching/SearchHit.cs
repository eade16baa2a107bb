namespace Search.Core.Searching;

/// <summary>One hit as the API and the CLI's --json show it.</summary>
public sealed record SearchHit
{
    /// <summary>Document id.</summary>
    public required string Id { get; init; }

    /// <summary>Headline.</summary>
    public required string Title { get; init; }

    /// <summary>Publisher, or null when unknown.</summary>
    public string? Outlet { get; init; }

    /// <summary>Publication date as yyyy-MM-dd, or null when unknown.</summary>
    public string? Date { get; init; }

    /// <summary>"stated", "inferred" or "unknown".</summary>
    public required string DateKind { get; init; }

    /// <summary>Authors from the byline.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Canonical names of persons mentioned.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>Topics the article belongs to.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Relevance score.</summary>
    public double Score { get; init; }

    /// <summary>HTML-escaped fragments; only &lt;mark&gt; and &lt;/mark&gt; are markup.</summary>
    public IReadOnlyList<string> Snippets { get; init; } = [];
}
