// Draws every chart of the page from its data-chart attribute (JSON written by the server), with uPlot.
// Charts are kept in window.steppewatchCharts so that a test (or a curious analyst) can inspect them.
(function () {
  "use strict";
  var colours = { baseline: "#8a94a6", learned: "#2563eb", "new": "#dc2626" };
  function short(v) {
    var a = Math.abs(v);
    if (a >= 1e12) { return +(v / 1e12).toFixed(2) + " T"; }
    if (a >= 1e9) { return +(v / 1e9).toFixed(2) + " bn"; }
    if (a >= 1e6) { return +(v / 1e6).toFixed(2) + " M"; }
    if (a >= 1e4) { return +(v / 1e3).toFixed(1) + " k"; }
    return +v.toFixed(2) + "";
  }
  function draw(element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var names = ["baseline", "learned", "new"];
    var series = [{ label: "period end", value: function (u, v, s, i) { return i == null ? "" : data.labels[i]; } }];
    names.forEach(function (name) {
      series.push({
        label: name === "new" ? "this alert" : name,
        show: data.series[name].some(function (v) { return v != null; }),
        stroke: colours[name],
        width: 0,
        points: { show: true, size: name === "new" ? 14 : 9, fill: colours[name], stroke: colours[name] },
        value: function (u, v) { return v == null ? "–" : v.toLocaleString("en"); }
      });
    });
    var chart = new uPlot({
      width: Math.max(320, Math.min(element.clientWidth || 900, 1100)),
      height: 320,
      series: series,
      scales: { x: { time: true } },
      axes: [{}, { label: data.unit, size: 70, values: function (u, ticks) { return ticks.map(short); } }]
    }, [data.x, data.series.baseline, data.series.learned, data.series["new"]], element);
    window.steppewatchCharts.push(chart);
  }
  function init() {
    window.steppewatchCharts = window.steppewatchCharts || [];
    if (typeof uPlot === "undefined") {
      return;
    }
    document.querySelectorAll("[data-chart]").forEach(draw);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
