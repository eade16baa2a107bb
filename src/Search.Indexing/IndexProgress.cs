namespace Search.Indexing;

/// <summary>Running counts of an indexing run, reported periodically.</summary>
/// <param name="Read">Inputs read so far (documents and rejections).</param>
/// <param name="Indexed">Documents extracted for adding or replacing.</param>
/// <param name="Updated">Of those, documents replacing an earlier version.</param>
/// <param name="Unchanged">Documents skipped as already indexed.</param>
/// <param name="Rejected">Inputs rejected.</param>
public sealed record IndexProgress(int Read, int Indexed, int Updated, int Unchanged, int Rejected)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Read} read: {Indexed} indexed ({Updated} updated), {Unchanged} unchanged, {Rejected} rejected";
}
