/*
 * Small SVG charts for the Parley dashboard: a bar chart and a line chart over days, and a line
 * with its prediction interval as a shaded band (the forecast, over hours or days). Each chart is
 * a <figure> with a caption, an SVG with a text alternative (title and desc) and its figures as a
 * table, so it reads without the picture too. No library, nothing loaded from elsewhere.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 360;
  var HEIGHT = 180;
  var PAD = { top: 12, right: 10, bottom: 26, left: 42 };
  var serial = 0;

  function svgElement(name, attributes, text) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) {
      element.setAttribute(key, String(attributes[key]));
    });
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }

  function htmlElement(name, className, text) {
    var element = document.createElement(name);
    if (className) {
      element.className = className;
    }
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }

  /** Day labels as "4 Dec"; only a few under the axis, so they never overlap. */
  function shortDay(isoDay) {
    var parts = isoDay.split('-');
    var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return Number(parts[2]) + ' ' + months[Number(parts[1]) - 1];
  }

  function labelIndexes(count) {
    if (count <= 3) {
      return Array.from({ length: count }, function (_, i) { return i; });
    }
    return [0, Math.floor((count - 1) / 2), count - 1];
  }

  /**
   * The frame every chart shares: the figure, its caption, the SVG with title and desc, the
   * y-axis ticks, the x labels, and the data table.
   */
  function frame(options, scale) {
    var id = 'chart-' + (++serial);
    var figure = htmlElement('figure', 'chart');
    figure.setAttribute('data-chart', options.name);
    figure.appendChild(htmlElement('figcaption', null, options.title));
    var svg = svgElement('svg', {
      viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc',
      preserveAspectRatio: 'xMidYMid meet'
    });
    svg.appendChild(svgElement('title', { id: id + '-title' }, options.title));
    svg.appendChild(svgElement('desc', { id: id + '-desc' }, options.description));
    var bottom = HEIGHT - PAD.bottom;
    svg.appendChild(svgElement('line', { 'class': 'axis', x1: PAD.left, y1: bottom, x2: WIDTH - PAD.right, y2: bottom }));
    scale.ticks.forEach(function (tick) {
      var y = scale.y(tick);
      svg.appendChild(svgElement('line', { 'class': 'axis', x1: PAD.left, y1: y, x2: WIDTH - PAD.right, y2: y,
        'stroke-opacity': 0.5 }));
      svg.appendChild(svgElement('text', { 'class': 'tick', x: PAD.left - 6, y: y + 4, 'text-anchor': 'end' },
        options.format(tick)));
    });
    labelIndexes(options.points.length).forEach(function (i) {
      var anchor = i === 0 ? 'start' : (i === options.points.length - 1 ? 'end' : 'middle');
      svg.appendChild(svgElement('text', { 'class': 'tick', x: scale.x(i), y: HEIGHT - 8, 'text-anchor': anchor },
        (options.axisLabel || shortDay)(options.points[i].label)));
    });
    figure.appendChild(svg);
    figure.appendChild(dataTable(options));
    return { figure: figure, svg: svg };
  }

  function dataTable(options) {
    var details = htmlElement('details');
    details.appendChild(htmlElement('summary', null, 'Figures of this chart'));
    var scroll = htmlElement('div', 'table-scroll');
    var table = htmlElement('table');
    table.appendChild(htmlElement('caption', null, options.title));
    var head = htmlElement('tr');
    head.appendChild(htmlElement('th', null, options.labelName || 'Day'));
    head.appendChild(htmlElement('th', 'number', options.valueName));
    if (options.intervalName) {
      head.appendChild(htmlElement('th', 'number', options.intervalName));
    }
    table.appendChild(htmlElement('thead')).appendChild(head);
    var body = table.appendChild(htmlElement('tbody'));
    options.points.forEach(function (point) {
      var row = htmlElement('tr');
      row.appendChild(htmlElement('td', null, point.label));
      row.appendChild(htmlElement('td', 'number', point.value === null ? 'no data' : options.format(point.value)));
      if (options.intervalName) {
        row.appendChild(htmlElement('td', 'number', options.format(point.lower) + ' – ' + options.format(point.upper)));
      }
      body.appendChild(row);
    });
    scroll.appendChild(table);
    details.appendChild(scroll);
    return details;
  }

  function linearScale(points, min, max, ticks) {
    var plotWidth = WIDTH - PAD.left - PAD.right;
    var plotHeight = HEIGHT - PAD.top - PAD.bottom;
    var step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
    return {
      ticks: ticks,
      band: points.length > 0 ? plotWidth / points.length : plotWidth,
      x: function (i) { return points.length > 1 ? PAD.left + i * step : PAD.left + plotWidth / 2; },
      y: function (value) { return PAD.top + plotHeight - (value - min) / (max - min) * plotHeight; }
    };
  }

  /** The smallest round top of the axis at or above the largest count, with a whole middle tick. */
  function niceMax(value) {
    if (!(value > 0)) {
      return 2;
    }
    var magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    var steps = [1, 2, 4, 6, 10].filter(function (step) { return step * magnitude >= 2; });
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * magnitude >= value) {
        return steps[i] * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** Bars of counts per day, from 0. */
  function bar(options) {
    var largest = Math.max.apply(null, [0].concat(options.points.map(function (p) { return p.value || 0; })));
    var max = niceMax(largest);
    var scale = linearScale(options.points, 0, max, [0, max / 2, max]);
    var plotWidth = WIDTH - PAD.left - PAD.right;
    var band = plotWidth / Math.max(1, options.points.length);
    var parts = frame(options, scale);
    options.points.forEach(function (point, i) {
      var value = point.value || 0;
      var top = scale.y(value);
      var rect = svgElement('rect', {
        'class': 'bar', x: PAD.left + i * band + band * 0.15, y: top, width: Math.max(1, band * 0.7),
        height: Math.max(0, scale.y(0) - top), 'data-value': value
      });
      rect.appendChild(svgElement('title', {}, point.label + ': ' + options.format(value)));
      parts.svg.appendChild(rect);
    });
    return parts.figure;
  }

  /** A line over the days that have a value; a day without one leaves a gap. */
  function line(options) {
    var scale = linearScale(options.points, options.min, options.max, options.ticks);
    var parts = frame(options, scale);
    if (options.zeroLine) {
      parts.svg.appendChild(svgElement('line', { 'class': 'zero', x1: PAD.left, y1: scale.y(0),
        x2: WIDTH - PAD.right, y2: scale.y(0) }));
    }
    var path = '';
    var pen = false;
    options.points.forEach(function (point, i) {
      if (point.value === null) {
        pen = false;
        return;
      }
      path += (pen ? ' L ' : ' M ') + scale.x(i).toFixed(1) + ' ' + scale.y(point.value).toFixed(1);
      pen = true;
    });
    if (path) {
      parts.svg.appendChild(svgElement('path', { 'class': 'line', d: path.trim() }));
    }
    options.points.forEach(function (point, i) {
      if (point.value === null) {
        return;
      }
      var dot = svgElement('circle', { 'class': 'dot', cx: scale.x(i), cy: scale.y(point.value), r: 3.5,
        'data-value': point.value });
      dot.appendChild(svgElement('title', {}, point.label + ': ' + options.format(point.value)));
      parts.svg.appendChild(dot);
    });
    if (!path) {
      parts.svg.appendChild(svgElement('text', { 'class': 'empty', x: WIDTH / 2, y: HEIGHT / 2,
        'text-anchor': 'middle' }, 'No data in this period'));
    }
    return parts.figure;
  }

  /**
   * Expected counts as a line with a dot per period, over a shaded band from each point's lower
   * to its upper bound (the prediction interval), from 0.
   */
  function band(options) {
    var largest = Math.max.apply(null, [0].concat(options.points.map(function (p) { return p.upper || 0; })));
    var max = niceMax(largest);
    var scale = linearScale(options.points, 0, max, [0, max / 2, max]);
    var parts = frame(options, scale);
    if (options.points.length > 0) {
      var upper = options.points.map(function (p, i) { return scale.x(i).toFixed(1) + ',' + scale.y(p.upper).toFixed(1); });
      var lower = options.points.map(function (p, i) { return scale.x(i).toFixed(1) + ',' + scale.y(p.lower).toFixed(1); });
      parts.svg.appendChild(svgElement('polygon', { 'class': 'interval', points: upper.concat(lower.reverse()).join(' ') }));
      parts.svg.appendChild(svgElement('path', { 'class': 'line', d: options.points.map(function (p, i) {
        return (i === 0 ? 'M ' : 'L ') + scale.x(i).toFixed(1) + ' ' + scale.y(p.value).toFixed(1);
      }).join(' ') }));
    }
    options.points.forEach(function (point, i) {
      var dot = svgElement('circle', { 'class': 'dot', cx: scale.x(i), cy: scale.y(point.value), r: 2.5,
        'data-value': point.value, 'data-lower': point.lower, 'data-upper': point.upper });
      dot.appendChild(svgElement('title', {}, options.axisLabel(point.label) + ': ' + options.format(point.value)
        + ' (' + options.format(point.lower) + ' – ' + options.format(point.upper) + ')'));
      parts.svg.appendChild(dot);
    });
    return parts.figure;
  }

  window.ParleyCharts = { bar: bar, line: line, band: band };
}());
