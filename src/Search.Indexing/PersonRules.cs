namespace Search.Indexing;

/// <summary>The person authority file.</summary>
/// <param name="Persons">Canonical names with their variants.</param>
public sealed record PersonRules(IReadOnlyList<PersonRule> Persons);
