using System.Reflection;
using System.Text.Json;

namespace Search.Indexing;

/// <summary>
/// The editable data behind cleaning and extraction: boilerplate patterns, outlets and agencies, the person
/// authority file and topic definitions. Defaults ship embedded; a rules folder with files of the same names
/// (cleaning.json, outlets.json, persons.json, topics.json) replaces them one file at a time.
/// </summary>
public sealed record IndexingRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Boilerplate patterns.</summary>
    public required CleaningRules Cleaning { get; init; }

    /// <summary>Known outlets and wire agencies.</summary>
    public required OutletRules Outlets { get; init; }

    /// <summary>The person authority file.</summary>
    public required PersonRules Persons { get; init; }

    /// <summary>Topic definitions as stored queries.</summary>
    public required TopicRules Topics { get; init; }

    /// <summary>Loads the rules, preferring files in <paramref name="directory"/> over the embedded defaults.</summary>
    public static IndexingRules Load(string? directory = null) => new()
    {
        Cleaning = LoadFile<CleaningRules>("cleaning.json", directory),
        Outlets = LoadFile<OutletRules>("outlets.json", directory),
        Persons = LoadFile<PersonRules>("persons.json", directory),
        Topics = LoadFile<TopicRules>("topics.json", directory),
    };

    private static T LoadFile<T>(string name, string? directory)
    {
        if (directory is not null && File.Exists(Path.Combine(directory, name)))
        {
            using var file = File.OpenRead(Path.Combine(directory, name));
            return Deserialize<T>(file, name);
        }

        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return Deserialize<T>(stream, name);
    }

    private static T Deserialize<T>(Stream stream, string name) =>
        JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"The rules file {name} is empty.");
}
