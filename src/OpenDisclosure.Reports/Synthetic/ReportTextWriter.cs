using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// Renders a draft as the flattened text of data/reports/*.txt (title, preamble, sections 一…六 with the tables,
/// signature, chart residue) and builds, line by line, the report a correct parser must read back.
/// </summary>
internal sealed class ReportTextWriter(ReportDraft draft, SyntheticLayout layout, Random rng, NarrativeFacts facts)
{
    private readonly LineBuffer _out = new();
    private readonly List<(int Number, string Heading, int Line)> _sections = [];
    private StatisticalPeriod? _period;
    private ContactDetails _contact = ContactDetails.None;

    public (string Text, AnnualReport Expected) Write()
    {
        Title();
        Preamble();
        Overview();
        Heading(2);
        var tables = new TableWriter(_out, layout, rng);
        var proactive = Omitted(2, "本年度主动公开政府信息情况详见政府信息公开专栏。") ? null : tables.Proactive(draft);
        Heading(3);
        if (layout.BlankAfterHeadingThree) _out.Blank();
        var requests = Omitted(3, "本年度收到和处理政府信息公开申请情况详见上文。") ? null : tables.Requests(draft);
        Heading(4);
        var review = Omitted(4, "本年度未发生因政府信息公开引起的行政复议、行政诉讼。") ? null : tables.Review(draft);
        Problems();
        OtherMatters();
        var signedLine = Signature();
        Residue();

        var sections = _sections.Select((s, i) => new ReportSection(s.Number, s.Heading.Trim(), s.Line,
            i + 1 < _sections.Count ? _sections[i + 1].Line - 1 : _out.Count, "")).ToList();
        var expected = new AnnualReport
        {
            AgencyName = draft.Agency, Year = draft.Year, Format = draft.Format,
            PublishedOn = draft.PublishedOn, PublishedOnLine = signedLine,
            StatisticalPeriod = _period, Contact = _contact, Sections = sections,
            Proactive = proactive, Requests = requests, ReviewLitigation = review,
        };
        return (_out.ToString(), expected);
    }

    /// <summary>A table left out: the section says something instead, as authors do when they drop a table.</summary>
    private bool Omitted(int table, string sentence)
    {
        if (!draft.OmittedTables.Contains(table)) return false;
        _out.Add(sentence);
        _out.Blank();
        return true;
    }

    private void Title()
    {
        var (agency, year) = (draft.Agency, draft.Year);
        switch (layout.TitleStyle)
        {
            case 0: _out.Add(agency); _out.Add($"{year}年政府信息公开工作年度报告"); _out.Blank(); break;
            case 1: _out.Add($"{agency}{year}年政府信息公开工作年度报告"); _out.Blank(); break;
            default: _out.Add($"{agency}{year}年政府信息公开工作"); _out.Blank(); _out.Add("年度报告"); break;
        }
    }

    private void Preamble()
    {
        var text = NarrativeText.Preamble(draft.Format);
        var period = draft.Period is { } p && draft.PeriodPlacement == PeriodPlacement.Preamble
            ? NarrativeText.Period(layout.PeriodWording, p.Start, p.End) : "";
        var contact = layout.ContactLine ? Contact() : "";
        var line = _out.Add(text + period + contact);
        if (period.Length > 0) _period = new StatisticalPeriod(draft.Period!.Value.Start, draft.Period.Value.End, line);
        if (layout.TitleStyle == 2) _out.Blank();
    }

    private string Contact()
    {
        var area = $"0{rng.Next(310, 999)}";
        var phone = $"{area}-{rng.Next(2000000, 8999999)}";
        var postal = $"{rng.Next(100, 850)}{rng.Next(0, 10)}00";
        var host = new string(Enumerable.Range(0, rng.Next(3, 6)).Select(_ => (char)('a' + rng.Next(26))).ToArray());
        var email = $"{host}zwgk@163.com";
        var website = $"http://www.{host}.gov.cn/";
        var address = $"{draft.Agency[..Math.Min(3, draft.Agency.Length)]}{rng.Pick(["人民路", "建设路", "光明路", "文化路", "金光路"])}{rng.Next(1, 300)}号";
        _contact = new ContactDetails(address, postal, phone, email, website);
        return $"本年度报告电子版可从{draft.Agency}门户网站（{website}）查阅或下载。如对本年度报告有疑问，请与{draft.SignatureName}联系（地址：{address}；电话：{phone}；邮政编码：{postal}；电子邮箱：{email}）。";
    }

    private void Heading(int number)
    {
        if (draft.OmittedSections.Contains(number)) return;
        var heading = NarrativeText.Heading(number, layout);
        _sections.Add((number, heading, _out.Add(heading)));
    }

    private void Overview()
    {
        Heading(1);
        _out.Add($"{draft.Year}年，{draft.Agency}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻《中华人民共和国政府信息公开条例》，严格落实国家、省、市关于推进政务公开的各项工作要求，切实提升政务公开的质量与实效。");
        var items = NarrativeText.SubItems(layout.SubItemStyle);
        string[] texts =
        [
            $"全年累计在政府门户网站公开各类信息{rng.Next(20, 5000)}条，其中行政规范性文件{facts.NormativeIssued}件。",
            NarrativeText.Requests(draft.SignatureName, facts),
            rng.Pick(NarrativeText.Management),
            rng.Pick(NarrativeText.Platforms),
            rng.Pick(NarrativeText.Supervision),
        ];
        for (var i = 0; i < items.Length; i++)
        {
            if (layout.SubItemStyle == 2) _out.Add(items[i] + texts[i]);
            else { _out.Add(items[i]); _out.Add(texts[i]); }
            if (i == 1 && layout.BlankRunInOverview) _out.Blank(10); // an embedded chart, flattened to nothing
        }
    }

    private void Problems()
    {
        Heading(5);
        _out.Add("（一）存在的主要问题");
        _out.Add(rng.Pick(NarrativeText.Problems));
        _out.Add("（二）改进措施");
        _out.Add(rng.Pick(NarrativeText.Improvements));
    }

    private void OtherMatters()
    {
        Heading(6);
        var period = draft.Period is { } p && draft.PeriodPlacement == PeriodPlacement.SectionSix
            ? NarrativeText.Period(layout.PeriodWording, p.Start, p.End) : null;
        var goBack = layout.GoBackInNarrative ? "[bookmark: _GoBack]" : "";
        var year = draft.Year;
        if (layout.NumberedOtherItems)
        {
            _out.Add($"1.依据《政府信息公开信息处理费管理办法》，{draft.SignatureName}全年没有收取信息公开处理费。");
            _out.Add($"2.{draft.SignatureName}严格按照{year}年政务公开工作要点要求，逐项抓好落实。");
            _out.Add($"3.{draft.SignatureName}全年共承办人大代表建议{rng.Next(0, 30)}件、政协提案{rng.Next(0, 30)}件。");
            _out.Add("4.政务公开无工作创新情况。");
            var line = _out.Add(period is null ? "5.本年度无数据统计需要说明的事项。" : "5." + period);
            if (period is not null) _period = new StatisticalPeriod(draft.Period!.Value.Start, draft.Period.Value.End, line);
            _out.Add(goBack + "6.本年度没有其他需要报告的事项。");
            return;
        }
        _out.Add("（一）收取信息处理费情况");
        _out.Add($"{year}年，{draft.SignatureName}不存在因信息处理收取相关费用的情况。");
        _out.Add("（二）落实上级年度政务公开工作要点情况");
        _out.Add($"对照《{year}年政务公开工作要点》，将工作要点任务分解到部门，逐项明确责任主体，确保各项任务落实到位。");
        _out.Add("（三）人大代表建议和政协提案办理结果公开情况");
        _out.Add($"{year}年，共承办人大代表建议{rng.Next(0, 30)}件、政协提案{rng.Next(0, 30)}件，均已按时办结。");
        _out.Add("（四）政务公开工作创新情况：无。");
        _out.Add("（五）本行政机关政府信息公开工作年度报告数据统计需要说明的事项");
        var periodLine = _out.Add(period ?? "无。");
        if (period is not null) _period = new StatisticalPeriod(draft.Period!.Value.Start, draft.Period.Value.End, periodLine);
        _out.Add(goBack + "（六）本行政机关认为需要报告的其他事项：无。");
        _out.Add("（七）其他有关文件专门要求通过政府信息公开工作年度报告予以报告的事项：无。");
    }

    /// <summary>Agency and date under the text; returns the date's line (0 when there is none).</summary>
    private int Signature()
    {
        if (layout.BlankBeforeSignature) _out.Blank();
        if (draft.SignatureAgencyLine) _out.Add(draft.SignatureName);
        return draft.PublishedOn is { } date ? _out.Add(NarrativeText.Date(date)) : 0;
    }

    /// <summary>Charts pasted after the signature come out as one tab-separated line of labels and numbers.</summary>
    private void Residue()
    {
        var y = draft.Year;
        switch (layout.ChartResidue)
        {
            case 1:
                _out.Blank();
                _out.Add($"近4年受理依申请公开数量\t{y - 3}\t{y - 2}\t{y - 1}\t{y}\t{rng.Next(0, 20)}\t{rng.Next(0, 20)}\t{rng.Next(0, 20)}\t{facts.NewRequests}\t");
                break;
            case 2:
                _out.Blank(4);
                _out.Add("主动公开政府信息");
                _out.Add($"政府门户网站\t微信公众号\t{rng.Next(10, 900)}\t{rng.Next(10, 900)}\t");
                break;
        }
    }
}
