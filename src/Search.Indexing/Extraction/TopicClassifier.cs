using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Indexing.Extraction;

/// <summary>Assigns topics: a topic applies when its stored query matches the article.</summary>
public sealed class TopicClassifier
{
    private readonly List<(string Name, Query Query)> topics;
    private readonly ArticleMatcher matcher;

    /// <summary>Parses every topic query; a malformed one is an error naming the topic.</summary>
    public TopicClassifier(TopicRules rules, QueryParser parser, ArticleMatcher matcher)
    {
        this.matcher = matcher;
        topics = rules.Topics.Select(t =>
        {
            try
            {
                return (t.Name, parser.Parse(t.Query));
            }
            catch (QuerySyntaxException e)
            {
                throw new InvalidDataException($"The query of topic '{t.Name}' is malformed at position {e.Position}: {e.Message}", e);
            }
        }).ToList();
    }

    /// <summary>The names of the topics whose query matches <paramref name="article"/>.</summary>
    public IReadOnlyList<string> Classify(Article article) =>
        topics.Where(t => matcher.Matches(t.Query, article)).Select(t => t.Name).ToList();
}
