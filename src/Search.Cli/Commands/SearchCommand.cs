using System.CommandLine;
using System.Net;
using System.Text.Json;
using Search.Core.Facets;
using Search.Core.Querying;
using Search.Core.Searching;

namespace Search.Cli.Commands;

/// <summary>search QUERY : runs a search and prints hits and facets, or the API's JSON with --json.</summary>
internal static class SearchCommand
{
    public static Command Create(CommandContext context)
    {
        var query = new Argument<string>("query") { Description = "The query (empty string for every document).", DefaultValueFactory = _ => string.Empty };
        var filters = FacetsConfig.Default.FilterableDimensions
            .Select(d => (d.Name, Option: new Option<string[]>("--" + d.Name) { Description = $"Only {d.Label.ToLowerInvariant()} X (repeatable; OR within)." }))
            .ToList();
        var from = new Option<string?>("--from") { Description = "First publication day, yyyy-MM-dd." };
        var to = new Option<string?>("--to") { Description = "Last publication day, yyyy-MM-dd." };
        var sort = new Option<string?>("--sort") { Description = "relevance, newest or oldest." };
        var page = new Option<string?>("--page") { Description = "Page number (from 1)." };
        var pageSize = new Option<string?>("--page-size") { Description = "Hits per page (1-100)." };
        var json = new Option<bool>("--json") { Description = "Print the JSON the API returns." };

        var command = new Command("search", "Search the index.") { query, from, to, sort, page, pageSize, json, context.IndexOption };
        filters.ForEach(f => command.Options.Add(f.Option));
        command.SetAction(result =>
        {
            var raw = new Dictionary<string, IReadOnlyList<string>>
            {
                ["q"] = [result.GetValue(query) ?? string.Empty],
                ["from"] = Values(result.GetValue(from)),
                ["to"] = Values(result.GetValue(to)),
                ["sort"] = Values(result.GetValue(sort)),
                ["page"] = Values(result.GetValue(page)),
                ["pageSize"] = Values(result.GetValue(pageSize)),
            };
            filters.ForEach(f => raw[f.Name] = result.GetValue(f.Option) ?? []);

            SearchResponse response;
            try
            {
                var parameters = new SearchParametersParser(FacetsConfig.Default).Parse(raw);
                using var engine = context.OpenEngine(result);
                response = CommandContext.Service(engine).Search(parameters);
            }
            catch (QuerySyntaxException e)
            {
                return context.Fail($"{e.Message} (at position {e.Position})");
            }
            catch (SearchParameterException e)
            {
                return context.Fail($"{e.Parameter}: {e.Message}");
            }

            if (result.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(response, SearchJson.Options));
            }
            else
            {
                PrintText(context.Output, response);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string[] Values(string? value) => value is null ? [] : [value];

    private static void PrintText(TextWriter output, SearchResponse response)
    {
        output.WriteLine($"{response.Total} result(s), page {response.Page}, sorted by {response.Sort} ({response.TookMs} ms)");
        var rank = (response.Page - 1) * response.PageSize;
        foreach (var hit in response.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{++rank}. {hit.Title}");
            output.WriteLine($"   {hit.Outlet ?? "unknown outlet"} | {hit.Date ?? "undated"} ({hit.DateKind}) | {hit.Id} | score {hit.Score}");
            foreach (var snippet in hit.Snippets)
            {
                output.WriteLine("   " + Plain(snippet));
            }
        }

        foreach (var (dimension, values) in response.Facets.Where(f => f.Value.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"{dimension}: " + string.Join(", ", values.Select(v => $"{v.Value} ({v.Count})")));
        }
    }

    /// <summary>A snippet for a terminal: marks become *...*, entities are decoded.</summary>
    private static string Plain(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "*", StringComparison.Ordinal).Replace("</mark>", "*", StringComparison.Ordinal));
}
