using System.Globalization;
using System.Text.Json;
using Search.Core.Analysis;
using Search.Indexing.Tests.Support;
using Xunit.Abstractions;

namespace Search.Indexing.Tests.Evaluation;

public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_field_of_every_labelled_article_is_extracted_and_persons_reach_f1_095()
    {
        // Arrange
        using var engine = new InMemorySearchEngine();
        var indexer = Indexer.Create(engine, IndexingRules.Load(), Analyzer.Default, new FixedTime(Now));
        using var expectedFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Labelled, "expected.json")));

        // Act
        var report = indexer.Index([RepositoryPaths.Seeds, RepositoryPaths.Labelled]);
        var scores = Score(engine, expectedFile.RootElement);

        // Assert
        foreach (var score in scores.Values)
        {
            output.WriteLine(score.ToString());
            score.Errors.ForEach(e => output.WriteLine("    " + e));
        }

        Assert.Empty(report.Rejected);
        Assert.All(scores.Values.Where(s => s.Field != "persons"), s => Assert.True(s.Errors.Count == 0, s + "\n" + string.Join("\n", s.Errors)));
        Assert.True(scores["persons"].F1 >= 0.95, scores["persons"].ToString());
    }

    private static Dictionary<string, FieldScore> Score(InMemorySearchEngine engine, JsonElement expected)
    {
        var fields = new[] { "article", "title", "outlet", "agency", "date", "authors", "persons", "topics", "nearDuplicateOf" };
        var scores = fields.ToDictionary(f => f, f => new FieldScore(f));
        foreach (var labelled in expected.EnumerateObject())
        {
            var id = labelled.Name;
            var want = labelled.Value;
            var got = engine.Find(id);
            scores["article"].Add(id, id, got?.Id);
            if (got is null)
            {
                continue;
            }

            scores["title"].Add(id, Text(want, "title"), got.Title);
            scores["outlet"].Add(id, Text(want, "outlet"), got.Outlet);
            scores["agency"].Add(id, Text(want, "agency"), got.Agency);
            scores["date"].Add(id, $"{Text(want, "date")} {Text(want, "dateKind")}", $"{got.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {got.DateKind}");
            scores["authors"].Add(id, List(want, "authors"), got.Authors.ToList());
            scores["persons"].Add(id, List(want, "persons"), got.Persons.ToList());
            scores["topics"].Add(id, List(want, "topics"), got.Topics.ToList());
            scores["nearDuplicateOf"].Add(id, Text(want, "nearDuplicateOf"), got.NearDuplicateOf);
        }

        return scores;
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static List<string> List(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
