namespace OpenDisclosure.Reports.Similarity;

/// <summary>
/// MinHash signatures and their LSH band keys: reports whose shingle sets overlap much share a band key with high
/// probability, so a year of 200,000 reports is searched by looking up a report's <see cref="Bands"/> keys instead
/// of comparing it with every other report. Candidates are then measured exactly (<see cref="TextOverlap"/>).
/// </summary>
public static class MinHash
{
    /// <summary>21 bands of 3 rows: a pair with Jaccard 0.5 shares a band with probability 0.94, 0.3 with 0.43, 0.1 with 0.02.</summary>
    public const int Bands = 21;
    public const int Rows = 3;
    public const int Length = Bands * Rows;

    private static readonly ulong[] Seeds = MakeSeeds();

    public static uint[] Signature(Shingles shingles)
    {
        var signature = new uint[Length];
        Array.Fill(signature, uint.MaxValue);
        foreach (var hash in shingles.Set)
            for (var j = 0; j < Length; j++)
            {
                var v = (uint)(((hash ^ Seeds[j]) * 0x9E3779B97F4A7C15UL) >> 32);
                if (v < signature[j]) signature[j] = v;
            }
        return signature;
    }

    /// <summary>One key per band (the band number is mixed in, so equal rows in different bands never collide).</summary>
    public static ulong[] BandKeys(uint[] signature)
    {
        var keys = new ulong[Bands];
        for (var b = 0; b < Bands; b++)
        {
            ulong key = (ulong)b;
            for (var r = 0; r < Rows; r++) key = Shingles.Mix(key * 0x100000001B3UL ^ signature[b * Rows + r]);
            keys[b] = key;
        }
        return keys;
    }

    /// <summary>The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets.</summary>
    public static double Estimate(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < Length; i++) if (a[i] == b[i]) same++;
        return same / (double)Length;
    }

    public static string Encode(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return Convert.ToBase64String(bytes);
    }

    public static uint[] Decode(string text)
    {
        var bytes = Convert.FromBase64String(text);
        var signature = new uint[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, signature, 0, bytes.Length);
        return signature;
    }

    private static ulong[] MakeSeeds()
    {
        // Fixed seeds: signatures stored in the database must stay comparable across runs.
        var seeds = new ulong[Length];
        ulong x = 0x243F6A8885A308D3UL;
        for (var i = 0; i < Length; i++) seeds[i] = x = Shingles.Mix(x + 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
