/*
 * The chart of one unit's indicator (/progress/{unit}/{indicator}), drawn with uPlot from the JSON the page's
 * API gives (/api/progress/{unit}/{indicator}): the values reported by year, the mid-year values apart, a line for
 * each milestone's target and the trend to each milestone. The texts come from the page (data-* attributes),
 * in its language; the table under the chart has every value for those who cannot see it.
 */
(function () {
  'use strict';
  var box = document.getElementById('progress-chart');
  if (!box || typeof uPlot === 'undefined') {
    return;
  }
  var text = box.dataset;
  var number = new Intl.NumberFormat(text.lang === 'vi' ? 'vi-VN' : 'en-GB', {maximumFractionDigits: 2});
  var COLOURS = {values: '#0b3a66', provisional: '#0b3a66', targets: ['#b3261e', '#1f6b2a'], trends: ['#b07a00', '#6a3d9a']};

  function fill(pattern, value) {
    return pattern.replace('{0}', value);
  }

  function years(chart) {
    var all = chart.row.cells.filter(function (c) { return c !== null; }).map(function (c) { return c.year; })
      .concat(chart.values.map(function (v) { return v.year; }));
    var first = Math.min.apply(null, all), last = Math.max.apply(null, all), out = [];
    for (var y = first; y <= last; y++) {
      out.push(y);
    }
    return out;
  }

  function build(chart) {
    var xs = years(chart);
    var at = function (pick) { return xs.map(pick); };
    var value = function (provisional) {
      return at(function (y) {
        var v = chart.values.find(function (p) { return p.year === y && p.provisional === provisional; });
        return v ? v.value : null;
      });
    };
    var shown = function (u, v) { return v == null ? '—' : number.format(v); };
    var data = [xs, value(false)];
    var series = [
      {label: text.year},
      {label: text.values, stroke: COLOURS.values, width: 2.5, points: {show: true, size: 8, fill: COLOURS.values}, value: shown}
    ];
    if (chart.values.some(function (p) { return p.provisional; })) {
      data.push(value(true));
      series.push({label: text.provisional, stroke: COLOURS.provisional, width: 0, paths: function () { return null; },
        points: {show: true, size: 9, fill: '#fff', width: 2}, value: shown});
    }
    chart.milestones.forEach(function (m, i) {
      data.push(at(function () { return m.threshold; }));
      series.push({label: fill(text.target, m.year) + ' (' + (m.kind === 'AT_MOST' ? '≤ ' : '≥ ') + number.format(m.threshold) + ')',
        stroke: COLOURS.targets[i % 2], width: 1.5, dash: [8, 5], points: {show: false}, value: shown});
    });
    chart.projections.filter(function (p) { return p.projected !== null && p.currentYear !== null; })
      .forEach(function (p, i) {
        data.push(at(function (y) { return y === p.currentYear ? p.currentValue : y === p.milestone ? p.projected : null; }));
        series.push({label: fill(text.trend, p.milestone), stroke: COLOURS.trends[i % 2], width: 1.5, dash: [2, 4],
          spanGaps: true, points: {show: true, size: 5}, value: shown});
      });
    return {data: data, series: series, xs: xs};
  }

  function draw(chart) {
    var plot = build(chart);
    var width = function () { return Math.max(320, box.clientWidth); };
    var options = {
      width: width(),
      height: 380,
      series: plot.series,
      scales: {
        x: {time: false, range: function () { return [plot.xs[0] - 0.3, plot.xs[plot.xs.length - 1] + 0.3]; }},
        y: {range: function (u, min, max) {
          var pad = Math.max((max - min) * 0.15, 0.1);
          return [Math.max(0, min - pad), Math.min(100, max + pad)];
        }}
      },
      axes: [
        {incrs: [1], values: function (u, ticks) { return ticks.map(function (t) { return String(t); }); }},
        {size: 60, values: function (u, ticks) { return ticks.map(function (t) { return number.format(t); }); }}
      ],
      legend: {live: true}
    };
    var u = new uPlot(options, plot.data, box);
    box.dataset.rendered = 'true';
    window.addEventListener('resize', function () { u.setSize({width: width(), height: 380}); });
  }

  fetch(text.src, {headers: {Accept: 'application/json'}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    })
    .then(draw)
    .catch(function () {
      var p = document.createElement('p');
      p.className = 'alert error';
      p.textContent = text.failed;
      box.appendChild(p);
    });
})();
