namespace Search.Indexing;

/// <summary>Topic definitions.</summary>
/// <param name="Topics">The topics.</param>
public sealed record TopicRules(IReadOnlyList<TopicRule> Topics);
