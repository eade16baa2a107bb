namespace Search.Indexing.Tests.Evaluation;

/// <summary>Counts of right, extra and missing values for one metadata field over the labelled set.</summary>
internal sealed class FieldScore(string field)
{
    public string Field { get; } = field;

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public List<string> Errors { get; } = [];

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(string id, IReadOnlyCollection<string> expected, IReadOnlyCollection<string> actual)
    {
        var right = actual.Intersect(expected, StringComparer.Ordinal).Count();
        TruePositives += right;
        FalsePositives += actual.Count - right;
        FalseNegatives += expected.Count - right;
        if (right != expected.Count || right != actual.Count)
        {
            Errors.Add($"{id}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    public void Add(string id, string? expected, string? actual) =>
        Add(id, expected is null ? [] : [expected], actual is null ? [] : [actual]);

    public override string ToString() => $"{Field,-16} P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}";
}
