namespace OpenDisclosure.Reports.Synthetic;

/// <summary>The few distributions the generator needs, on top of System.Random so a seed always gives the same report.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>
    /// A count with a long tail: zero with probability <paramref name="zeroShare"/>, otherwise Pareto-like around
    /// <paramref name="scale"/> (most values small, a few in the hundreds or thousands), capped at <paramref name="cap"/>.
    /// </summary>
    public static long HeavyCount(this Random rng, double zeroShare, double scale, double alpha = 1.2, long cap = 20_000)
    {
        if (rng.NextDouble() < zeroShare) return 0;
        var u = 1.0 - rng.NextDouble(); // (0, 1]
        var value = scale * Math.Pow(u, -1.0 / alpha);
        return Math.Clamp((long)Math.Floor(value), 1, cap);
    }

    /// <summary>Binomial(n, p): exact for small n, a clamped normal approximation for large n (speed over precision).</summary>
    public static long Binomial(this Random rng, long n, double p)
    {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        if (n <= 64)
        {
            long k = 0;
            for (var i = 0; i < n; i++) if (rng.NextDouble() < p) k++;
            return k;
        }
        var mean = n * p;
        var sd = Math.Sqrt(n * p * (1 - p));
        var draw = Math.Round(mean + sd * rng.NextGaussian());
        return Math.Clamp((long)draw, 0, n);
    }

    /// <summary>Splits <paramref name="n"/> over the weights (a multinomial draw via successive binomials).</summary>
    public static long[] Multinomial(this Random rng, long n, IReadOnlyList<double> weights)
    {
        var result = new long[weights.Count];
        var remainingWeight = weights.Sum();
        var remaining = n;
        for (var i = 0; i < weights.Count && remaining > 0; i++)
        {
            if (i == weights.Count - 1 || remainingWeight <= weights[i]) { result[i] = remaining; break; }
            var k = rng.Binomial(remaining, weights[i] / remainingWeight);
            result[i] = k;
            remaining -= k;
            remainingWeight -= weights[i];
        }
        return result;
    }

    public static double NextGaussian(this Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Weights jittered per agency so no two agencies decide alike (a cheap Dirichlet stand-in).</summary>
    public static double[] Jitter(this Random rng, IReadOnlyList<double> weights, double spread = 0.8) =>
        weights.Select(w => w * Math.Exp(spread * rng.NextGaussian())).ToArray();

    /// <summary>SplitMix64: derives independent seeds (per agency, per year) from one corpus seed.</summary>
    public static int Mix(long seed, long index)
    {
        unchecked
        {
            var z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index + 0x632BE59BD9B4E019UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
