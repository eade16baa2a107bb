namespace Search.Core.Analysis;

/// <summary>
/// A word being stemmed by <see cref="EnglishStemmer"/>: a char buffer, its current length and the regions R1 and R2.
/// Implements the Porter2 prelude, steps 0 to 5 and postlude in place. The buffer never needs to grow: no step makes
/// the word longer than it was.
/// </summary>
internal ref struct Porter2Word
{
    private readonly Span<char> buffer;
    private int length;
    private int p1;
    private int p2;

    /// <summary>Wraps the first <paramref name="length"/> characters of <paramref name="buffer"/>.</summary>
    public Porter2Word(Span<char> buffer, int length)
    {
        this.buffer = buffer;
        this.length = length;
    }

    /// <summary>The stem as it currently stands.</summary>
    public readonly ReadOnlySpan<char> Result => buffer[..length];

    /// <summary>Runs the whole algorithm (the caller has handled short words and the exceptional forms).</summary>
    public void Run()
    {
        Prelude();
        MarkRegions();
        Step1A();
        if (!IsException2())
        {
            Step1B();
            Step1C();
            Step2();
            Step3();
            Step4();
            Step5();
        }

        Postlude();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsDouble(char c) => c is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    private static bool IsValidLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';

    private readonly bool EndsWith(string suffix) => buffer[..length].EndsWith(suffix);

    // Replaces the last suffixLength characters with replacement (never longer than what it replaces).
    private void Replace(int suffixLength, string replacement)
    {
        length -= suffixLength;
        replacement.AsSpan().CopyTo(buffer[length..]);
        length += replacement.Length;
    }

    private void Append(char c) => buffer[length++] = c;

    private readonly bool HasVowelBefore(int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(buffer[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether buffer[..end] ends in a short syllable: non-vowel, vowel, non-vowel other than w, x or Y;
    // or the whole of it is a vowel followed by a non-vowel.
    private readonly bool EndsInShortSyllable(int end)
    {
        if (end >= 3)
        {
            var last = buffer[end - 1];
            if (!IsVowel(last) && last is not ('w' or 'x' or 'Y') && IsVowel(buffer[end - 2]) && !IsVowel(buffer[end - 3]))
            {
                return true;
            }
        }

        return end == 2 && IsVowel(buffer[0]) && !IsVowel(buffer[1]);
    }

    // Drops one initial apostrophe and marks consonant 'y' (initial, or after a vowel) as 'Y'.
    private void Prelude()
    {
        if (buffer[0] == '\'')
        {
            buffer[1..length].CopyTo(buffer);
            length--;
        }

        if (length > 0 && buffer[0] == 'y')
        {
            buffer[0] = 'Y';
        }

        for (var i = 1; i < length; i++)
        {
            if (buffer[i] == 'y' && IsVowel(buffer[i - 1]))
            {
                buffer[i] = 'Y';
            }
        }
    }

    private void MarkRegions()
    {
        var word = Result;
        if (word.StartsWith("gener") || word.StartsWith("arsen"))
        {
            p1 = 5;
        }
        else if (word.StartsWith("commun"))
        {
            p1 = 6;
        }
        else
        {
            p1 = RegionStart(0);
        }

        p2 = RegionStart(p1);
    }

    // The position after the first non-vowel that follows a vowel, searching from start; the length if there is none.
    private readonly int RegionStart(int start)
    {
        var i = start;
        while (i < length && !IsVowel(buffer[i]))
        {
            i++;
        }

        while (i < length && IsVowel(buffer[i]))
        {
            i++;
        }

        return i < length ? i + 1 : length;
    }

    // Step 0 (possessives) and step 1a (plurals).
    private void Step1A()
    {
        if (EndsWith("'s'"))
        {
            length -= 3;
        }
        else if (EndsWith("'s"))
        {
            length -= 2;
        }
        else if (EndsWith("'"))
        {
            length -= 1;
        }

        if (EndsWith("sses"))
        {
            length -= 2;
        }
        else if (EndsWith("ied") || EndsWith("ies"))
        {
            // "ties" -> "tie", "cries" -> "cri"
            length -= length > 4 ? 2 : 1;
        }
        else if (EndsWith("us") || EndsWith("ss"))
        {
            // unchanged
        }
        else if (EndsWith("s") && HasVowelBefore(length - 2))
        {
            length--;
        }
    }

    private readonly bool IsException2() =>
        Result is "inning" or "outing" or "canning" or "herring" or "earring" or "proceed" or "exceed" or "succeed";

    private void Step1B()
    {
        var eed = EndsWith("eedly") ? 5 : EndsWith("eed") ? 3 : 0;
        if (eed > 0)
        {
            // the longest suffix decides: "eed"/"eedly" outside R1 leaves the word alone ("need", "bleed")
            if (length - eed >= p1)
            {
                Replace(eed, "ee");
            }

            return;
        }

        var suffix = EndsWith("ingly") ? 5 : EndsWith("edly") ? 4 : EndsWith("ing") ? 3 : EndsWith("ed") ? 2 : 0;
        if (suffix == 0 || !HasVowelBefore(length - suffix))
        {
            return;
        }

        length -= suffix;
        if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
        {
            Append('e');
        }
        else if (length >= 2 && buffer[length - 1] == buffer[length - 2] && IsDouble(buffer[length - 1]))
        {
            length--;
        }
        else if (p1 >= length && EndsInShortSyllable(length))
        {
            // a short word: "hop" -> "hope"
            Append('e');
        }
    }

    // Final y (or Y) after a non-vowel that is not the first letter becomes i.
    private void Step1C()
    {
        if (length >= 3 && buffer[length - 1] is 'y' or 'Y' && !IsVowel(buffer[length - 2]))
        {
            buffer[length - 1] = 'i';
        }
    }

    private void Step2()
    {
        if (length < 3)
        {
            return;
        }

        (int Suffix, string? Replacement) rule = buffer[length - 1] switch
        {
            'l' => EndsWith("ational") ? (7, "ate") : EndsWith("tional") ? (6, "tion") : default,
            'n' => EndsWith("ization") ? (7, "ize") : EndsWith("ation") ? (5, "ate") : default,
            'r' => EndsWith("izer") ? (4, "ize") : EndsWith("ator") ? (4, "ate") : default,
            'm' => EndsWith("alism") ? (5, "al") : default,
            's' => EndsWith("fulness") ? (7, "ful") : EndsWith("ousness") ? (7, "ous") : EndsWith("iveness") ? (7, "ive") : default,
            'i' => Step2EndingInI(),
            _ => default,
        };

        if (rule.Replacement is null || length - rule.Suffix < p1)
        {
            return;
        }

        if (rule.Replacement is "og")
        {
            if (length < 4 || buffer[length - 4] != 'l')
            {
                return;
            }
        }
        else if (rule.Suffix == 2)
        {
            // "li": delete if preceded by a valid li-ending
            if (length < 3 || !IsValidLiEnding(buffer[length - 3]))
            {
                return;
            }
        }

        Replace(rule.Suffix, rule.Replacement);
    }

    // Step 2 suffixes ending in 'i', longest first.
    private readonly (int Suffix, string? Replacement) Step2EndingInI() =>
        EndsWith("biliti") ? (6, "ble") : EndsWith("lessli") ? (6, "less")
        : EndsWith("aliti") ? (5, "al") : EndsWith("iviti") ? (5, "ive") : EndsWith("entli") ? (5, "ent")
        : EndsWith("ousli") ? (5, "ous") : EndsWith("fulli") ? (5, "ful")
        : EndsWith("enci") ? (4, "ence") : EndsWith("anci") ? (4, "ance") : EndsWith("abli") ? (4, "able")
        : EndsWith("alli") ? (4, "al") : EndsWith("bli") ? (3, "ble") : EndsWith("ogi") ? (3, "og")
        : EndsWith("li") ? (2, string.Empty) : default;

    private void Step3()
    {
        if (length == 0)
        {
            return;
        }

        (int Suffix, string? Replacement) rule = buffer[length - 1] switch
        {
            'l' => EndsWith("ational") ? (7, "ate") : EndsWith("tional") ? (6, "tion")
                : EndsWith("ical") ? (4, "ic") : EndsWith("ful") ? (3, string.Empty) : default,
            'e' => EndsWith("alize") ? (5, "al") : EndsWith("icate") ? (5, "ic") : EndsWith("ative") ? (5, string.Empty) : default,
            'i' => EndsWith("iciti") ? (5, "ic") : default,
            's' => EndsWith("ness") ? (4, string.Empty) : default,
            _ => default,
        };

        var start = length - rule.Suffix;
        if (rule.Replacement is null || start < p1)
        {
            return;
        }

        // "ative" is deleted only in R2
        if (rule.Suffix == 5 && rule.Replacement.Length == 0 && start < p2)
        {
            return;
        }

        Replace(rule.Suffix, rule.Replacement);
    }

    private void Step4()
    {
        if (length == 0)
        {
            return;
        }

        var suffix = buffer[length - 1] switch
        {
            'l' => EndsWith("al") ? 2 : 0,
            'e' => EndsWith("ance") || EndsWith("ence") || EndsWith("able") || EndsWith("ible") ? 4
                : EndsWith("ate") || EndsWith("ive") || EndsWith("ize") ? 3 : 0,
            'r' => EndsWith("er") ? 2 : 0,
            'c' => EndsWith("ic") ? 2 : 0,
            't' => EndsWith("ement") ? 5 : EndsWith("ment") ? 4 : EndsWith("ant") || EndsWith("ent") ? 3 : 0,
            'm' => EndsWith("ism") ? 3 : 0,
            'i' => EndsWith("iti") ? 3 : 0,
            's' => EndsWith("ous") ? 3 : 0,
            'n' => EndsWith("ion") ? 3 : 0,
            _ => 0,
        };

        var start = length - suffix;
        if (suffix == 0 || start < p2)
        {
            return;
        }

        // "ion" is deleted only after s or t
        if (buffer[length - 1] == 'n' && (start == 0 || buffer[start - 1] is not ('s' or 't')))
        {
            return;
        }

        length = start;
    }

    private void Step5()
    {
        var start = length - 1;
        if (start < 0)
        {
            return;
        }

        if (buffer[start] == 'e')
        {
            if (start >= p2 || (start >= p1 && !EndsInShortSyllable(start)))
            {
                length = start;
            }
        }
        else if (buffer[start] == 'l' && start >= p2 && start > 0 && buffer[start - 1] == 'l')
        {
            length = start;
        }
    }

    private readonly void Postlude()
    {
        for (var i = 0; i < length; i++)
        {
            if (buffer[i] == 'Y')
            {
                buffer[i] = 'y';
            }
        }
    }
}
