using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// Draws the three tables' numbers, consistent by construction: per column 新收 + 上年结转 = (七)总计 + 结转,
/// the outcomes add up to (七)总计, the 总计 column is the sum of the applicants, table 四 totals add up, and
/// 现行有效 = last year's 现行有效 + 制发 − 废止.
/// </summary>
internal static class SyntheticNumbers
{
    /// <summary>自然人 dominate, then 商业企业 and 其他组织; research and welfare bodies almost never ask.</summary>
    private static readonly double[] ApplicantWeights = [0.86, 0.07, 0.004, 0.004, 0.017, 0.045];

    private static readonly Dictionary<string, double> OutcomeWeights = new()
    {
        ["granted"] = 0.35, ["partially_granted"] = 0.10,
        ["denied_state_secret"] = 0.002, ["denied_prohibited_by_law"] = 0.005, ["denied_three_safeties"] = 0.003,
        ["denied_third_party_rights"] = 0.015, ["denied_internal_affairs"] = 0.01, ["denied_process_information"] = 0.015,
        ["denied_law_enforcement_file"] = 0.005, ["denied_administrative_inquiry"] = 0.01,
        ["unavailable_not_held"] = 0.25, ["unavailable_needs_creation"] = 0.04, ["unavailable_unclear"] = 0.03,
        ["not_processed_petition"] = 0.04, ["not_processed_duplicate"] = 0.03, ["not_processed_publication"] = 0.005,
        ["not_processed_excessive"] = 0.01, ["not_processed_reconfirm"] = 0.01,
        ["other_overdue_correction"] = 0.03, ["other_unpaid_fee"] = 0.002, ["other"] = 0.04, ["other_processing"] = 0.07,
    };

    public static DraftCell[,] Requests(Random rng, ReportFormat format, AgencyProfile profile, IReadOnlyList<long>? carriedOver, long minimumNew)
    {
        var rows = RequestRows.For(format);
        var values = new long[rows.Count, ApplicantColumns.Count];
        int Row(string code) => RowIndexes.Of(format, code);

        var total = profile.RequestScale < 2 && rng.Chance(0.45) ? 0 : (long)Math.Floor(profile.RequestScale * Math.Exp(0.5 * rng.NextGaussian()));
        var fresh = rng.Multinomial(Math.Max(total, minimumNew), rng.Jitter(ApplicantWeights, 0.5));
        var outcomeRows = rows.Select((r, i) => (r, i)).Where(t => t.r.Role == RequestRowRole.Outcome).ToList();
        var weights = rng.Jitter(outcomeRows.Select(t => OutcomeWeights[t.r.Code]).ToList());

        for (var c = 0; c < 6; c++)
        {
            var over = carriedOver?[c] ?? (rng.Chance(0.2) ? rng.Binomial(fresh[c], 0.1) : 0);
            var inflow = fresh[c] + over;
            var forward = minimumNew == 0 && rng.Chance(0.2) ? rng.Binomial(inflow, 0.1) : 0;
            var outcomes = rng.Multinomial(inflow - forward, weights);
            values[Row(RequestRows.NewRequests), c] = fresh[c];
            values[Row(RequestRows.CarriedOver), c] = over;
            values[Row(RequestRows.TotalProcessed), c] = inflow - forward;
            values[Row(RequestRows.CarriedForward), c] = forward;
            for (var k = 0; k < outcomeRows.Count; k++) values[outcomeRows[k].i, c] = outcomes[k];
        }

        var cells = new DraftCell[rows.Count, ApplicantColumns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            long sum = 0;
            for (var c = 0; c < 6; c++) { cells[r, c] = DraftCell.Of(values[r, c]); sum += values[r, c]; }
            cells[r, 6] = DraftCell.Of(sum);
        }
        return cells;
    }

    public static DraftCell[] Review(Random rng, long requests)
    {
        var cells = new List<DraftCell>();
        var groups = new[]
        {
            rng.HeavyCount(requests == 0 ? 0.97 : 0.75, 1 + requests / 40.0, 1.5, 500),
            rng.HeavyCount(requests == 0 ? 0.99 : 0.85, 1 + requests / 80.0, 1.5, 300),
            rng.HeavyCount(requests == 0 ? 0.995 : 0.93, 1, 1.8, 100),
        };
        foreach (var cases in groups)
        {
            var parts = rng.Multinomial(cases, [0.55, 0.1, 0.2, 0.15]);
            cells.AddRange(parts.Select(p => DraftCell.Of(p)));
            cells.Add(DraftCell.Of(cases));
        }
        return cells.ToArray();
    }

    public static Dictionary<string, DraftCell> Proactive(Random rng, ReportFormat format, AgencyProfile profile, PreviousYear? previous, long inForceOffset)
    {
        var v = new Dictionary<string, decimal>();
        if (format == ReportFormat.Format2021)
        {
            var (regIssued, regRepealed, regInForce) = InForce(rng, profile.IssuesRegulations ? 3 : 0,
                previous?.RegulationsInForce ?? (profile.IssuesRegulations ? rng.Next(10, 80) : 0), 0);
            v["regulations.issued"] = regIssued; v["regulations.repealed"] = regRepealed; v["regulations.inForce"] = regInForce;
            var (issued, repealed, inForce) = InForce(rng, profile.NormativeScale,
                previous?.NormativeDocumentsInForce ?? rng.HeavyCount(0.3, profile.NormativeScale * 4, 1.5, 400), inForceOffset);
            v["normativeDocuments.issued"] = issued; v["normativeDocuments.repealed"] = repealed; v["normativeDocuments.inForce"] = inForce;
            v["licensing"] = rng.HeavyCount(0.5, profile.EnforcementScale);
            v["penalties"] = rng.HeavyCount(0.45, profile.EnforcementScale / 2);
            v["coercion"] = rng.HeavyCount(0.8, profile.EnforcementScale / 20 + 1);
            v["feesTenThousandYuan"] = Amount(rng, 0.92);
        }
        else
        {
            var regMade = profile.IssuesRegulations ? rng.Next(0, 4) : 0;
            v["regulations.newlyMade"] = regMade;
            v["regulations.newlyPublished"] = regMade;
            v["regulations.totalPublished"] = profile.IssuesRegulations ? regMade + rng.Next(10, 80) : 0;
            var made = rng.HeavyCount(0.4, profile.NormativeScale, 1.5, 200);
            var published = made - (rng.Chance(0.1) ? rng.Binomial(made, 0.3) : 0);
            v["normativeDocuments.newlyMade"] = made;
            v["normativeDocuments.newlyPublished"] = published;
            v["normativeDocuments.totalPublished"] = published + rng.HeavyCount(0.3, profile.NormativeScale * 4, 1.5, 400);
            foreach (var item in new[] { "licensing", "otherServices", "penalties", "coercion" })
            {
                var scale = item == "coercion" ? profile.EnforcementScale / 20 + 1 : profile.EnforcementScale;
                v[$"{item}.previousYearItems"] = rng.HeavyCount(0.4, Math.Min(scale, 60), 1.5, 600);
                v[$"{item}.change"] = rng.Chance(0.7) ? 0 : rng.Next(-6, 9);
                v[item] = rng.HeavyCount(0.5, scale);
            }
            v["fees.previousYearItems"] = rng.HeavyCount(0.7, 2, 1.5, 40);
            v["fees.change"] = rng.Chance(0.85) ? 0 : rng.Next(-2, 3);
            v["procurement.projects"] = rng.HeavyCount(0.6, 3, 1.3, 500);
            v["procurement.amountTenThousandYuan"] = v["procurement.projects"] == 0 ? 0 : Amount(rng, 0);
        }
        return ProactiveFields.For(format).ToDictionary(f => f.Code, f => DraftCell.Of(v[f.Code]));
    }

    /// <summary>制发, 废止 and 现行有效, with 现行有效 = last year's + 制发 − 废止 (+ a deliberate break, if asked).</summary>
    private static (long Issued, long Repealed, long InForce) InForce(Random rng, double scale, long previous, long offset)
    {
        var issued = scale <= 0 ? 0 : rng.HeavyCount(0.45, scale, 1.5, 200);
        var repealed = rng.Chance(0.7) ? 0 : rng.Binomial(previous + issued, 0.1);
        var inForce = previous + issued - repealed;
        if (offset != 0) inForce = inForce + offset >= 0 ? inForce + offset : inForce + Math.Abs(offset);
        return (issued, repealed, inForce);
    }

    /// <summary>An amount in 万元 with two decimals (e.g. 12.35), zero with the given probability.</summary>
    private static decimal Amount(Random rng, double zeroShare) =>
        rng.Chance(zeroShare) ? 0 : Math.Round((decimal)(rng.HeavyCount(0, 3, 1.1, 90_000) + rng.NextDouble()), 2);
}
