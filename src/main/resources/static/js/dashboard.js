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
  draw('chart-trends', {
    tooltip: { trigger: 'axis' }, legend: { type: 'scroll', bottom: 0 },
    grid: { bottom: 60 },
    xAxis: { type: 'category', data: trends.length ? trends[0].labels : [] },
    yAxis: { type: 'value' },
    series: trends.map(function (t) {
      return { name: t.id + ' ' + t.title, type: 'line', data: t.values };
    })
  });
  Object.keys(data.funnels || {}).forEach(function (id) {
    var f = data.funnels[id];
    if (!f) {
      return;
    }
    draw(id, {
      tooltip: {}, grid: { left: 220 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: f.labels,
        axisLabel: { width: 210, overflow: 'truncate' } },
      series: [{ type: 'bar', data: f.values, label: { show: true, position: 'right' } }]
    });
  });
  (data.shares || []).forEach(function (s) {
    if (!s.values.length) {
      return;
    }
    draw('chart-' + s.id, {
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: '65%',
        data: s.labels.map(function (l, i) { return { name: l, value: s.values[i] }; }) }]
    });
  });
})();
