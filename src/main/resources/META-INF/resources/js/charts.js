// Draws each <canvas data-chart="id"> from the JSON block with that id. The page's tables hold the same numbers, so
// without this script (or without Chart.js) nothing is lost but the pictures.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source) {
      return;
    }
    var chart = JSON.parse(source.textContent);
    new Chart(canvas, {
      type: chart.type,
      data: { labels: chart.labels, datasets: chart.datasets },
      options: { responsive: true, scales: { y: { beginAtZero: true } } }
    });
  });
});
