namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// Realistic agency names (city + county + department, town or street office) by index, e.g.
/// 枣庄市台儿庄区商务和投资促进局, 临淄区人民政府办公室, 市中区永安镇人民政府. Neighbouring indices share a county,
/// so a corpus of a few thousand agencies looks like a few hundred counties, not thousands of one-agency counties.
/// </summary>
public static class AgencyNames
{
    private static readonly string[] Cities =
    [
        "枣庄市", "淄博市", "济南市", "青岛市", "烟台市", "潍坊市", "济宁市", "泰安市", "威海市", "日照市", "临沂市", "德州市",
        "聊城市", "滨州市", "菏泽市", "东营市", "石家庄市", "保定市", "邯郸市", "洛阳市", "开封市", "南阳市", "徐州市", "苏州市",
        "无锡市", "常州市", "南通市", "扬州市", "温州市", "绍兴市", "嘉兴市", "金华市", "合肥市", "芜湖市", "赣州市", "九江市",
        "长沙市", "株洲市", "襄阳市", "宜昌市", "成都市", "绵阳市",
    ];

    private static readonly string[] RealCounties =
    [
        "市中区", "薛城区", "峄城区", "台儿庄区", "山亭区", "临淄区", "张店区", "博山区", "周村区", "桓台县", "高青县", "沂源县",
        "历下区", "槐荫区", "天桥区", "长清区", "平阴县", "商河县", "高新区", "东城区", "西城区", "新华区", "城关区", "经济开发区",
    ];

    private const string Syllables = "安平宁河山东西南北城阳泉兴华新昌丰福康临清永长高明江湖海金石桥源台峰林川德和顺庆";

    private static readonly string[] Departments =
    [
        "人民政府办公室", "发展和改革局", "教育和体育局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局",
        "自然资源局", "住房和城乡建设局", "交通运输局", "水务局", "农业农村局", "商务和投资促进局", "文化和旅游局",
        "卫生健康局", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
        "综合行政执法局", "行政审批服务局", "生态环境分局",
    ];

    private static readonly string[] Places =
    [
        "永安", "张范", "孟庄", "陶庄", "税郭", "齐村", "光明", "龙山", "文化", "东湖", "新城", "凤凰", "金山", "马庄", "李庄",
        "石桥", "柳泉", "黄河", "青云", "古城", "运河", "涧头", "马兰", "邵庄", "泥沟", "北庄", "西集", "店子", "徐庄", "水泉",
        "官桥", "羊庄", "洪绪", "界河", "龙阳", "级索", "西岗", "姜屯", "鲍沟", "张汪",
    ];

    private static readonly string[] Counties = BuildCounties();

    /// <summary>Units per county: departments, towns (镇人民政府) and street offices (街道办事处 / 街道).</summary>
    private static readonly int Units = Departments.Length + Places.Length * 2;

    private static readonly int CountiesPerCity = Counties.Length / Cities.Length;

    /// <summary>How many distinct names there are (about 300,000: enough for a million reports of four years each).</summary>
    public static int Count { get; } = Units * Cities.Length * (CountiesPerCity + 1);

    public static string Get(int index)
    {
        if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index));
        var unit = index % Units;
        var rest = index / Units;
        var city = rest % Cities.Length;
        var county = rest / Cities.Length;
        var cityName = Cities[city];
        // Slot 0 is the city itself (枣庄市人民政府办公室, towns directly under the city); each city owns its own counties,
        // so every name occurs once even when the city is left out of the title.
        var prefix = county == 0 ? cityName : CountyPrefix(cityName, Counties[city * CountiesPerCity + county - 1], index);

        if (unit < Departments.Length) return prefix + Departments[unit];
        var place = unit - Departments.Length;
        return place < Places.Length
            ? prefix + Places[place] + "镇人民政府"
            : prefix + Places[place - Places.Length] + (index % 3 == 0 ? "街道" : "街道办事处");
    }

    /// <summary>About one county-level agency in four titles itself without the city (临淄区人民政府办公室).</summary>
    private static string CountyPrefix(string city, string county, int index) =>
        (index / 7) % 4 == 0 ? county : city + county;

    /// <summary>The name as a signature often shortens it: without the city (台儿庄区人民政府办公室).</summary>
    public static string Short(string agency)
    {
        var city = agency.IndexOf('市');
        if (city is > 0 and < 4 && city + 1 < agency.Length)
        {
            var rest = agency[(city + 1)..];
            if (rest.Length > 4 && (rest.Contains('区') || rest.Contains('县'))) return rest;
        }
        return agency;
    }

    private static string[] BuildCounties()
    {
        var names = new List<string>(RealCounties);
        var seen = new HashSet<string>(names);
        for (var i = 0; i < Syllables.Length; i++)
            for (var j = 0; j < Syllables.Length; j++)
            {
                if (i == j) continue;
                foreach (var suffix in "区县")
                {
                    var name = $"{Syllables[i]}{Syllables[j]}{suffix}";
                    if (seen.Add(name)) names.Add(name);
                }
            }
        return names.ToArray();
    }
}
