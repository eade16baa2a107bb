using Search.Indexing.Reading;

namespace Search.Indexing;

/// <summary>What an indexing run did.</summary>
/// <param name="Indexed">Documents added or replaced (new ones plus <paramref name="Updated"/>).</param>
/// <param name="Unchanged">Documents skipped because the same content is already indexed.</param>
/// <param name="Rejected">Inputs that were not indexed, with the reason.</param>
/// <param name="Updated">Of <paramref name="Indexed"/>, documents that replaced an earlier version with the same id.</param>
public sealed record IndexReport(int Indexed, int Unchanged, IReadOnlyList<Rejection> Rejected, int Updated = 0)
{
    /// <summary>Documents new to the index.</summary>
    public int Added => Indexed - Updated;

    /// <summary>One line for people: "indexed 5 (2 updated), unchanged 1, rejected 0".</summary>
    public string Summary => $"indexed {Indexed} ({Updated} updated), unchanged {Unchanged}, rejected {Rejected.Count}";
}
