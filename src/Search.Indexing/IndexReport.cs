using Search.Indexing.Reading;

namespace Search.Indexing;

/// <summary>What an indexing run did.</summary>
/// <param name="Indexed">Documents added or replaced.</param>
/// <param name="Unchanged">Documents skipped because the same content is already indexed under the same id.</param>
/// <param name="Rejected">Inputs that were not indexed, with the reason.</param>
public sealed record IndexReport(int Indexed, int Unchanged, IReadOnlyList<Rejection> Rejected);
