using Search.Cli;

return SearchCommandLine.Build(Console.Out, Console.Error).Parse(args).Invoke();
