namespace OpenDisclosure.Reports.Similarity;

/// <summary>
/// The overlapping <see cref="Size"/>-character pieces (shingles) of a <see cref="ComparableText"/>, hashed: by
/// position (to measure how much of the text is repeated and where) and as a set (to look others up).
/// </summary>
public sealed class Shingles
{
    /// <summary>Nine characters: long enough that a shared piece is shared wording, not a common phrase of the format.</summary>
    public const int Size = 9;

    private Shingles(ComparableText text, ulong[] hashes)
    {
        Text = text;
        ByPosition = hashes;
        Set = [.. hashes];
    }

    public ComparableText Text { get; }
    public ulong[] ByPosition { get; }
    public HashSet<ulong> Set { get; }

    public static Shingles Of(ComparableText text)
    {
        var count = Math.Max(0, text.Length - Size + 1);
        var hashes = new ulong[count];
        // Polynomial rolling hash (mod 2^64): one multiply-add per character.
        const ulong Base = 1_000_003;
        ulong power = 1, hash = 0;
        for (var i = 0; i < Size - 1; i++) power *= Base;
        for (var i = 0; i < text.Length; i++)
        {
            if (i >= Size) hash -= text.Chars[i - Size] * power; // the character leaving the window (power = Base^(Size−1))
            hash = hash * Base + text.Chars[i];
            if (i >= Size - 1) hashes[i - Size + 1] = Mix(hash);
        }
        return new Shingles(text, hashes);
    }

    /// <summary>Spreads the rolling hash's bits (the low bits of a polynomial hash are weak).</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
