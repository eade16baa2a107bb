namespace Search.Indexing;

/// <summary>The person authority file, with the cues that introduce people not in it.</summary>
/// <param name="Persons">Canonical names with their variants.</param>
/// <param name="Roles">Words that introduce a name before it ("President X Y") or describe it in an apposition ("X Y, a ... official").</param>
/// <param name="SpeechVerbs">Verbs that follow a speaker's name ("X Y said", "X Y dijo").</param>
/// <param name="NotNameWords">Words that show a capitalised phrase is a place, an organisation or a date, not a person.</param>
public sealed record PersonRules(
    IReadOnlyList<PersonRule> Persons,
    IReadOnlyList<string>? Roles = null,
    IReadOnlyList<string>? SpeechVerbs = null,
    IReadOnlyList<string>? NotNameWords = null);
