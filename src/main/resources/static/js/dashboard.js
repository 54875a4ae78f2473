// Draws the dashboard's charts from the data block the page carries (no inline script: the
// Content-Security-Policy allows only scripts served by Koldoo itself).
(function () {
  var block = document.getElementById('dashboard-data');
  if (!block || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(block.textContent);
  function draw(id, option) {
    var el = document.getElementById(id);
    if (el) {
      echarts.init(el).setOption(option);
    }
  }
  var trends = data.trends || [];
  // series of another scale (15,000 calls beside 63 victims) get an axis of their own on the
  // right, so that the small ones are not flat lines along the bottom
  function peak(t) {
    return Math.max.apply(null, (t.values || []).map(function (v) { return v || 0; }).concat([0]));
  }
  var highest = Math.max.apply(null, trends.map(peak).concat([0]));
  var small = function (t) { return highest > 0 && peak(t) * 10 < highest; };
  var twoScales = trends.some(small) && !trends.every(small);
  draw('chart-trends', {
    tooltip: { trigger: 'axis' },
    // every series named, wrapping onto further lines instead of paging "1/4"
    legend: { type: 'plain', bottom: 0 },
    grid: { bottom: 40 + 24 * Math.ceil(trends.length / 2), containLabel: true },
    xAxis: { type: 'category', data: trends.length ? trends[0].labels : [] },
    yAxis: twoScales
      ? [{ type: 'value' }, { type: 'value', splitLine: { show: false } }]
      : { type: 'value' },
    series: trends.map(function (t) {
      return {
        name: t.id + ' ' + t.title + (twoScales && small(t) ? ' →' : ''),
        type: 'line', data: t.values, yAxisIndex: twoScales && small(t) ? 1 : 0
      };
    })
  });
  Object.keys(data.funnels || {}).forEach(function (id) {
    var f = data.funnels[id];
    if (!f) {
      return;
    }
    draw(id, {
      tooltip: {}, grid: { left: 10, right: 50, containLabel: true },
      xAxis: { type: 'value' },
      // long labels (Kyrgyz, Russian) wrap onto a second line instead of being cut
      yAxis: { type: 'category', inverse: true, data: f.labels,
        axisLabel: { width: 200, overflow: 'break' } },
      series: [{ type: 'bar', data: f.values, label: { show: true, position: 'right' } }]
    });
  });
  (data.shares || []).forEach(function (s) {
    if (!s.values.length) {
      return;
    }
    draw('chart-' + s.id, {
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: '60%',
        // each slice says its count and share, not only its name
        label: { formatter: '{b}: {c} ({d}%)', width: 140, overflow: 'break' },
        data: s.labels.map(function (l, i) { return { name: l, value: s.values[i] }; }) }]
    });
  });
})();
