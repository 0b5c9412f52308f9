// Charts drawn from the tables on the page: each <table data-chart> is the data (first column the category, the
// header cells the series). Without script, or without ECharts, the tables are what the reader sees.
(function () {
    "use strict";
    if (typeof echarts === "undefined") return;
    function number(text) {
        var t = text.trim();
        if (t === "" || t === "—") return null;
        var v = Number(t);
        return isNaN(v) ? null : v;
    }
    function draw(table) {
        var box = document.querySelector('[data-chart-for="' + table.id + '"]');
        if (!box) return;
        var kind = table.getAttribute("data-chart");
        var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
        var columns = [];
        heads.forEach(function (th, i) { if (i > 0 && th.getAttribute("data-series") !== "none") columns.push(i); });
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        if (rows.length === 0) return;
        var categories = rows.map(function (r) { return r.cells[0].textContent.trim(); });
        var series = columns.map(function (i) {
            return {
                name: heads[i].textContent.trim(),
                type: kind === "line" ? "line" : "bar",
                stack: kind === "stack" ? "total" : undefined,
                data: rows.map(function (r) { return number(r.cells[i].textContent); }),
                connectNulls: false
            };
        });
        box.hidden = false;
        var chart = echarts.init(box, null, { renderer: "svg" });
        chart.setOption({
            animation: false,
            tooltip: { trigger: "axis" },
            legend: { top: 0, type: "scroll" },
            grid: { top: 48, left: 48, right: 16, bottom: 32 },
            xAxis: { type: "category", data: categories },
            yAxis: { type: "value", max: kind === "stack" ? 100 : undefined },
            series: series
        });
        window.addEventListener("resize", function () { chart.resize(); });
    }
    document.querySelectorAll("table[data-chart]").forEach(draw);
})();
