namespace Search.Indexing;

/// <summary>A topic applies to an article when its query matches it.</summary>
/// <param name="Name">Topic name as shown in the facet.</param>
/// <param name="Query">A query in the search query language.</param>
public sealed record TopicRule(string Name, string Query);
