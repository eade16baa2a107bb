namespace Search.Indexing;

/// <summary>A person: the canonical name and the spellings, transliterations and surnames that mean them.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Variants">Other ways the name is written.</param>
public sealed record PersonRule(string Name, IReadOnlyList<string> Variants);
