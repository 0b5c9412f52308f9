using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Reports.Tests.Synthetic;

public class SyntheticCorpusTests
{
    [Fact]
    public void Corpus_is_deterministic_and_each_agency_year_occurs_once()
    {
        var first = SyntheticCorpus.Enumerate(9, 400).ToList();
        var again = SyntheticCorpus.Enumerate(9, 400).ToList();

        Assert.Equal(400, first.Count);
        Assert.Equal(first.Select(e => e.FileName), again.Select(e => e.FileName));
        Assert.Equal(first.Select(e => e.Report.Text), again.Select(e => e.Report.Text));
        Assert.Equal(400, first.Select(e => (e.Agency, e.Year)).Distinct().Count());
        Assert.Equal(100, first.Select(e => e.Agency).Distinct().Count()); // four years each
        Assert.Equal(400, first.Select(e => e.FileName).Distinct().Count());
        Assert.Contains(first, e => e.Year <= 2020);
        Assert.Contains(first, e => e.Year >= 2021);
        Assert.All(first, e => Assert.Equal(e.Agency, e.Report.Expected.AgencyName));
    }

    [Fact]
    public void Corpus_streams_without_generating_ahead()
    {
        var firstTen = SyntheticCorpus.Enumerate(1, int.MaxValue).Take(10).ToList();

        Assert.Equal(Enumerable.Range(0, 10), firstTen.Select(e => e.Index));
    }

    [Fact]
    public void About_two_percent_of_reports_carry_a_defect()
    {
        var entries = SyntheticCorpus.Enumerate(2, 3_000).ToList();
        var defective = entries.Count(e => e.Report.InjectedDefects.Count > 0);

        Assert.InRange(defective, 30, 100); // 2% of 3,000 is 60
        Assert.Contains(entries, e => e.SeriesDefect is not null);
    }

    [Fact]
    public void Agency_names_look_like_real_agencies_and_do_not_repeat()
    {
        var names = Enumerable.Range(0, 5_000).Select(AgencyNames.Get).ToList();

        Assert.Equal(5_000, names.Distinct().Count());
        Assert.Contains("枣庄市人民政府办公室", names);
        Assert.All(names, n => Assert.Matches("(人民政府办公室|局|街道办事处|街道|镇人民政府)$", n));
        Assert.Equal("台儿庄区人民政府办公室", AgencyNames.Short("枣庄市台儿庄区人民政府办公室"));
    }
}
