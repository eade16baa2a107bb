using System.CommandLine;
using System.Text.Json;
using Search.Core.Searching;

namespace Search.Cli.Commands;

/// <summary>show ID : prints one stored document.</summary>
internal static class ShowCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = "The document id (its source file name without extension)." };
        var json = new Option<bool>("--json") { Description = "Print the stored document as JSON." };
        var command = new Command("show", "Print one stored document.") { id, json, context.IndexOption };
        command.SetAction(result =>
        {
            using var engine = context.OpenEngine(result);
            var article = engine.Find(result.GetValue(id)!);
            if (article is null)
            {
                context.Error.WriteLine($"error: no document with id '{result.GetValue(id)}'");
                return ExitCodes.NotFound;
            }

            if (result.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(article, SearchJson.Options));
                return ExitCodes.Ok;
            }

            var output = context.Output;
            output.WriteLine(article.Title);
            if (article.Subtitle is not null)
            {
                output.WriteLine(article.Subtitle);
            }

            output.WriteLine();
            output.WriteLine($"id:       {article.Id}");
            output.WriteLine($"outlet:   {article.Outlet ?? "unknown"}{(article.Agency is null ? string.Empty : $" (agency: {article.Agency})")}");
            output.WriteLine($"date:     {article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} ({article.DateKind.ToString().ToLowerInvariant()})");
            output.WriteLine($"authors:  {string.Join(", ", article.Authors)}");
            output.WriteLine($"persons:  {string.Join(", ", article.Persons)}");
            output.WriteLine($"topics:   {string.Join(", ", article.Topics)}");
            output.WriteLine($"source:   {article.Provenance?.SourcePath} (sha256 {article.Provenance?.ContentHash})");
            output.WriteLine();
            output.WriteLine(article.Body);
            return ExitCodes.Ok;
        });
        return command;
    }
}
