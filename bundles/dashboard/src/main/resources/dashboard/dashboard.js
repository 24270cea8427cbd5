/*
 * The Parley dashboard: reads each panel's JSON under api/ every 30 seconds and for the chosen
 * period, and draws it. A panel whose data cannot be had says so and keeps the others working;
 * an optional panel (the forecast) is shown only when api/ lists it among the container's panels.
 */
(function () {
  'use strict';

  var REFRESH_MILLIS = 30000;
  var PERIOD_NAMES = { today: 'today', '7d': 'last 7 days', '30d': 'last 30 days' };
  var REASONS = {
    CUSTOMER_REQUEST: 'customer asked for a person', NEGATIVE_SENTIMENT: 'upset customer',
    LOW_CONFIDENCE: 'not understood', SENSITIVE_INTENT: 'sensitive topic', SKILL_FAILURE: 'skill failed',
    POLICY: 'business rule'
  };

  /* Panels in the order they are refreshed; one with optional: true only when api/ lists it. */
  var PANELS = [
    { id: 'kpis', resource: 'kpis', periodic: true, render: renderKpis },
    { id: 'trends', resource: 'trends', periodic: true, render: renderTrends },
    { id: 'sla', resource: 'sla', periodic: true, render: renderSla },
    { id: 'handoffs', resource: 'handoffs', periodic: false, render: renderHandoffs },
    { id: 'models', resource: 'models', periodic: false, render: renderModels },
    { id: 'forecast', resource: 'forecast', periodic: false, optional: true, render: renderForecast }
  ];

  var refreshing = false;

  /*
   * The folder of the page without any user:password@ a login link may carry: fetch refuses URLs
   * with credentials, and the browser sends the login it already holds for this folder anyway.
   */
  var BASE = window.location.protocol + '//' + window.location.host
    + window.location.pathname.replace(/[^/]*$/, '');

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  /* ---- formatting: the same rules for every panel ---- */

  function count(value) {
    return value === null || value === undefined ? '–' : Number(value).toLocaleString('en-US');
  }

  function plural(n, one, many) {
    return count(n) + ' ' + (n === 1 ? one : many);
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '–' : (rate * 100).toFixed(1) + ' %';
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) {
      return '–';
    }
    if (seconds < 1) {
      return (seconds * 1000).toFixed(0) + ' ms';
    }
    if (seconds < 60) {
      return seconds.toFixed(1) + ' s';
    }
    if (seconds < 3600) {
      return (seconds / 60).toFixed(1) + ' min';
    }
    if (seconds < 86400) {
      return (seconds / 3600).toFixed(1) + ' h';
    }
    return (seconds / 86400).toFixed(1) + ' d';
  }

  function money(value) {
    return value === null || value === undefined ? '–' : value.toLocaleString('en-US',
      { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function waiting(seconds) {
    var minutes = Math.floor(seconds / 60);
    if (minutes < 1) {
      return seconds + ' s';
    }
    if (minutes < 60) {
      return minutes + ' min';
    }
    var hours = Math.floor(minutes / 60);
    return hours < 48 ? hours + ' h ' + (minutes % 60) + ' min' : Math.floor(hours / 24) + ' d ' + (hours % 24) + ' h';
  }

  function utc(instant) {
    return instant ? instant.replace('T', ' ').replace(/\.\d+/, '').replace('Z', ' UTC') : '–';
  }

  /* ---- panels ---- */

  function kpi(list, name, label, value, text, detail) {
    var box = element('div', 'kpi');
    box.appendChild(element('dt', null, label));
    var figure = element('dd', null, text);
    figure.setAttribute('data-kpi', name);
    figure.setAttribute('data-value', value === null || value === undefined ? '' : String(value));
    if (detail) {
      figure.appendChild(element('span', 'detail', detail));
    }
    box.appendChild(figure);
    list.appendChild(box);
  }

  function renderKpis(body, data) {
    var list = element('dl', 'kpis');
    kpi(list, 'conversations', 'Conversations', data.conversations, count(data.conversations));
    kpi(list, 'containmentRate', 'Handled without a person', data.containmentRate, percent(data.containmentRate),
      count(data.contained) + ' contained');
    kpi(list, 'firstResponse', 'First response (average)', data.firstResponse.averageSeconds,
      duration(data.firstResponse.averageSeconds),
      'over ' + plural(data.firstResponse.count, 'conversation', 'conversations'));
    kpi(list, 'resolution', 'Resolution time (average)', data.resolution.averageSeconds,
      duration(data.resolution.averageSeconds), count(data.resolution.count) + ' resolved');
    kpi(list, 'csat', 'Customer rating (CSAT)', data.csat.average,
      data.csat.average === null ? '–' : data.csat.average.toFixed(2) + ' / 5',
      plural(data.csat.ratings, 'rating', 'ratings') + (data.csat.satisfiedRate === null ? ''
        : ', ' + percent(data.csat.satisfiedRate) + ' satisfied'));
    kpi(list, 'handoffRate', 'Handed to a person', data.handoffRate, percent(data.handoffRate),
      plural(data.handoffs, 'handoff', 'handoffs') + ', '
        + plural(data.ticketsOpened, 'ticket', 'tickets'));
    kpi(list, 'savings', 'Savings', data.costs.savings, money(data.costs.savings),
      'automation cost ' + money(data.costs.automationCost));
    kpi(list, 'roi', 'Return on automation', data.costs.roi, data.costs.roi === null ? '–'
      : (data.costs.roi * 100).toFixed(0) + ' %', 'savings / automation cost');
    body.appendChild(list);
  }

  function renderTrends(body, data) {
    var days = data.days;
    var wrapper = element('div', 'charts');
    var conversations = days.map(function (d) { return { label: d.day, value: d.conversations }; });
    var total = conversations.reduce(function (sum, p) { return sum + p.value; }, 0);
    wrapper.appendChild(window.ParleyCharts.bar({
      name: 'conversations', title: 'Conversations per day', valueName: 'Conversations',
      description: total + ' conversations over ' + days.length + ' days, at most '
        + Math.max.apply(null, [0].concat(conversations.map(function (p) { return p.value; }))) + ' on one day.',
      points: conversations, format: function (v) { return count(Math.round(v)); }
    }));
    var containment = days.map(function (d) { return { label: d.day, value: d.containmentRate }; });
    wrapper.appendChild(window.ParleyCharts.line({
      name: 'containment', title: 'Handled without a person, per day', valueName: 'Containment',
      description: describeLine(containment, percent, 'containment'), points: containment,
      min: 0, max: 1, ticks: [0, 0.5, 1], format: function (v) { return (v * 100).toFixed(0) + ' %'; }
    }));
    var sentiment = days.map(function (d) { return { label: d.day, value: d.averageSentiment }; });
    wrapper.appendChild(window.ParleyCharts.line({
      name: 'sentiment', title: 'Customer sentiment per day', valueName: 'Average sentiment (−1 to 1)',
      description: describeLine(sentiment, function (v) { return v.toFixed(2); }, 'average sentiment')
        + ' From −1 (negative) to 1 (positive).',
      points: sentiment, min: -1, max: 1, ticks: [-1, 0, 1], zeroLine: true,
      format: function (v) { return v.toFixed(v === 0 || Math.abs(v) === 1 ? 0 : 2); }
    }));
    body.appendChild(wrapper);
  }

  function describeLine(points, format, what) {
    var known = points.filter(function (p) { return p.value !== null; });
    if (known.length === 0) {
      return 'No ' + what + ' measured in this period.';
    }
    var last = known[known.length - 1];
    return what.charAt(0).toUpperCase() + what.slice(1) + ' measured on ' + known.length + ' of ' + points.length
      + ' days; latest ' + format(last.value) + ' on ' + last.label + '.';
  }

  var SLA_WORDS = { met: '✓ Met', at_risk: '! At risk', breached: '✗ Breached', no_data: '– No data' };

  function slaFigure(target, value) {
    return target.unit === 'seconds' ? duration(value) : value.toFixed(2);
  }

  function renderSla(body, data) {
    var list = element('ul', 'sla');
    data.targets.forEach(function (target) {
      var item = element('li', target.status);
      item.setAttribute('data-target', target.target);
      item.setAttribute('data-status', target.status);
      item.appendChild(element('span', 'badge', SLA_WORDS[target.status] || target.status));
      item.appendChild(element('strong', null, target.label));
      var bound = target.unit === 'seconds' ? 'at most ' : 'at least ';
      item.appendChild(element('span', 'figures', (target.measured === null ? 'not measured'
        : 'measured ' + slaFigure(target, target.measured)) + ' · target ' + bound + slaFigure(target, target.limit)));
      list.appendChild(item);
    });
    body.appendChild(list);
    if (data.healthCheck) {
      var check = data.healthCheck;
      var warnings = check.messages.filter(function (message) { return message.indexOf('OK ') !== 0; });
      body.appendChild(element('p', 'health', 'Health check "Service SLA" over its own window (by default the last '
        + '24 h): ' + check.status + (warnings.length ? ' — ' + warnings.join('; ') : '')));
    }
  }

  function cell(row, text, className) {
    row.appendChild(element('td', className, text === null || text === undefined || text === '' ? '–' : text));
  }

  function renderHandoffs(body, data) {
    if (data.conversations.length === 0) {
      body.appendChild(element('p', 'empty-note', 'No conversation is waiting for a person.'));
      return;
    }
    var scroll = element('div', 'table-scroll');
    var table = element('table');
    table.id = 'handoff-queue';
    var shown = data.conversations.length < data.total ? ', the newest ' + data.conversations.length + ' shown' : '';
    table.appendChild(element('caption', null, plural(data.total, 'conversation', 'conversations')
      + ' owned by people, newest handoff first'
      + shown + '. Waiting time as of ' + utc(data.asOf) + '.'));
    var head = element('tr');
    ['Waiting', 'Queue', 'Reason', 'Ticket', 'Customer', 'Channel', 'Handed over (UTC)', 'Conversation']
      .forEach(function (title, i) {
        var th = element('th', i === 0 ? 'number' : null, title);
        th.setAttribute('scope', 'col');
        head.appendChild(th);
      });
    table.appendChild(element('thead')).appendChild(head);
    var rows = table.appendChild(element('tbody'));
    data.conversations.forEach(function (entry) {
      var row = element('tr');
      row.setAttribute('data-conversation', entry.conversationId);
      cell(row, waiting(entry.waitingSeconds), 'number');
      cell(row, entry.queue);
      cell(row, entry.reason ? (REASONS[entry.reason] || entry.reason.toLowerCase().replace(/_/g, ' '))
        : (entry.handoffDecision ? null : 'agent took over'));
      cell(row, entry.ticketId);
      cell(row, entry.customerId);
      cell(row, entry.channel);
      cell(row, utc(entry.handedOffAt));
      cell(row, entry.conversationId);
      rows.appendChild(row);
    });
    scroll.appendChild(table);
    body.appendChild(scroll);
  }

  function renderModels(body, data) {
    var scroll = element('div', 'table-scroll');
    var table = element('table', 'wrapping');
    table.id = 'models';
    table.appendChild(element('caption', null, 'The models answering on this container'));
    var head = element('tr');
    ['Kind', 'Model', 'Version', 'Active since', 'Quality'].forEach(function (title) {
      var th = element('th', null, title);
      th.setAttribute('scope', 'col');
      head.appendChild(th);
    });
    table.appendChild(element('thead')).appendChild(head);
    var rows = table.appendChild(element('tbody'));
    data.models.forEach(function (model) {
      var row = element('tr');
      row.setAttribute('data-model-kind', model.kind);
      cell(row, model.kind);
      if (!model.available) {
        var missing = element('td', null, 'not available: no ' + model.kind + ' service is running');
        missing.colSpan = 4;
        row.appendChild(missing);
      } else {
        cell(row, model.name + ' (' + model.language + ')');
        var version = element('td', null, model.version);
        version.setAttribute('data-model-version', model.version);
        row.appendChild(version);
        cell(row, utc(model.activatedAt).substring(0, 16) + ' UTC');
        cell(row, Object.keys(model.metrics).map(function (name) {
          return name.replace(/_/g, ' ') + ' ' + model.metrics[name].toFixed(2);
        }).join(', '));
      }
      rows.appendChild(row);
    });
    scroll.appendChild(table);
    body.appendChild(scroll);

    var details = element('details', 'models-bundles');
    details.appendChild(element('summary', null, 'Parley bundles (' + data.bundles.length + ')'));
    var bundleScroll = element('div', 'table-scroll');
    var bundles = element('table');
    bundles.appendChild(element('caption', null, 'Installed Parley bundles and their versions'));
    var bundleHead = element('tr');
    ['Bundle', 'Version', 'State'].forEach(function (title) {
      var th = element('th', null, title);
      th.setAttribute('scope', 'col');
      bundleHead.appendChild(th);
    });
    bundles.appendChild(element('thead')).appendChild(bundleHead);
    var bundleRows = bundles.appendChild(element('tbody'));
    data.bundles.forEach(function (bundle) {
      var row = element('tr');
      cell(row, bundle.symbolicName);
      cell(row, bundle.version);
      cell(row, bundle.state);
      bundleRows.appendChild(row);
    });
    bundleScroll.appendChild(bundles);
    details.appendChild(bundleScroll);
    body.appendChild(details);
  }

  var METHODS = {
    HOLT_WINTERS: 'Holt-Winters', HOLT_WINTERS_DAMPED: 'Holt-Winters with a damped trend',
    SEASONAL_NAIVE: 'seasonal naive (the same period one season earlier)', HISTORICAL_MEAN: 'historical mean'
  };

  /* Instants as the shop's local hour ("Sat 14:00") or day ("5 Dec"); UTC if the browser does not know its zone. */
  function localLabel(timeZone, hourly) {
    var options = hourly ? { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : { day: 'numeric', month: 'short' };
    var formatter;
    try {
      formatter = new Intl.DateTimeFormat('en-GB', Object.assign({ timeZone: timeZone }, options));
    } catch (e) {
      formatter = new Intl.DateTimeFormat('en-GB', Object.assign({ timeZone: 'UTC' }, options));
    }
    return function (instant) { return formatter.format(new Date(instant)); };
  }

  function accuracy(figures) {
    return figures.mape === null ? 'no MAPE (no period with conversations)' : 'MAPE ' + figures.mape.toFixed(1) + ' %';
  }

  /* One forecast (hours or days): the chart with its interval, then the method and its back-test in words. */
  function forecastChart(forecast, name, title, unit) {
    var hourly = forecast.granularity === 'hour';
    var label = localLabel(forecast.timeZone, hourly);
    var points = forecast.points.map(function (p) {
      return { label: p.start, value: p.predicted, lower: p.lower, upper: p.upper };
    });
    var level = Math.round(forecast.intervalLevel * 100) + ' %';
    var total = points.reduce(function (sum, p) { return sum + p.value; }, 0);
    var wrapper = element('div', 'forecast');
    wrapper.appendChild(window.ParleyCharts.band({
      name: name, title: title, valueName: 'Expected conversations', labelName: hourly ? 'Hour' : 'Day',
      intervalName: level + ' interval', axisLabel: label,
      description: 'About ' + count(Math.round(total)) + ' conversations expected over the next ' + points.length
        + ' ' + unit + ' (' + forecast.timeZone + '); the band is the ' + level + ' prediction interval.',
      points: points, format: function (v) { return count(Math.round(v)); }
    }));
    var test = forecast.backTest;
    var text = 'Method: ' + (METHODS[forecast.method] || forecast.method) + (forecast.note ? ' — ' + forecast.note : '')
      + '. ' + (test.origins > 0 ? 'Back-test over ' + plural(test.origins, 'origin', 'origins') + ': '
        + accuracy(test.method) + ', seasonal naive ' + accuracy(test.seasonalNaive) + '.'
        : 'Not enough history for a back-test yet.');
    var method = element('p', 'forecast-method', text);
    method.setAttribute('data-forecast-method', forecast.method);
    wrapper.appendChild(method);
    return wrapper;
  }

  /* The forecast panel reads {hours, days}: the conversations to expect, with their prediction interval. */
  function renderForecast(body, data) {
    var wrapper = element('div', 'charts charts-two');
    wrapper.appendChild(forecastChart(data.hours, 'forecast-hours', 'Expected conversations, next 24 hours', 'hours'));
    wrapper.appendChild(forecastChart(data.days, 'forecast-days', 'Expected conversations, next 14 days', 'days'));
    body.appendChild(wrapper);
  }

  /* ---- loading ---- */

  function chosenPeriod() {
    var checked = document.querySelector('input[name="period"]:checked');
    return checked ? checked.value : '7d';
  }

  function showUnavailable(body, message) {
    body.textContent = '';
    body.appendChild(element('p', 'unavailable', 'Not available: ' + message));
  }

  function load(panel, period) {
    var section = document.getElementById('panel-' + panel.id);
    var body = section.querySelector('.panel-body');
    var url = BASE + 'api/' + panel.resource + (panel.periodic ? '?period=' + encodeURIComponent(period) : '');
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        if (response.status === 401) {
          showUnavailable(body, 'the login is no longer valid; reload the page and log in again.');
          return 'login';
        }
        return response.json().then(function (json) {
          if (!response.ok) {
            showUnavailable(body, json.detail || ('the server answered ' + response.status));
            return 'failed';
          }
          section.hidden = false;
          body.textContent = '';
          panel.render(body, json);
          return 'ok';
        });
      })
      .catch(function () {
        showUnavailable(body, 'Parley could not be reached.');
        return 'failed';
      })
      .then(function (outcome) {
        section.setAttribute('aria-busy', 'false');
        return outcome;
      });
  }

  /* The names of the panels the container serves, or null when it cannot say (then all but optional ones). */
  function served() {
    return fetch(BASE + 'api/', { credentials: 'same-origin', headers: { Accept: 'application/json' },
      cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : { panels: null }; })
      .then(function (json) { return json.panels; })
      .catch(function () { return null; });
  }

  function refresh() {
    // a page in a background tab asks nothing; it refreshes when it is looked at again
    if (refreshing || document.hidden) {
      return;
    }
    refreshing = true;
    var period = chosenPeriod();
    document.querySelectorAll('[data-period-label]').forEach(function (label) {
      label.textContent = '· ' + PERIOD_NAMES[period];
    });
    served().then(function (names) {
      var shown = PANELS.filter(function (panel) {
        var listed = names !== null && names.indexOf(panel.id) >= 0;
        document.getElementById('panel-' + panel.id).hidden = panel.optional && !listed;
        return !panel.optional || listed;
      });
      return Promise.all(shown.map(function (panel) { return load(panel, period); }));
    }).then(function (outcomes) {
      var status = document.getElementById('status');
      var failed = outcomes.filter(function (o) { return o !== 'ok'; }).length;
      var time = new Date().toISOString().substring(11, 19);
      status.textContent = 'Updated ' + time + ' UTC · refreshes every ' + (REFRESH_MILLIS / 1000) + ' s'
        + (failed ? ' · ' + failed + ' panel' + (failed > 1 ? 's' : '') + ' not available' : '');
      status.classList.toggle('stale', failed > 0);
      document.body.setAttribute('data-loaded', time);
      refreshing = false;
    });
  }

  function start() {
    var wanted = (window.location.hash.match(/period=(today|7d|30d)/) || [])[1];
    if (wanted) {
      document.querySelector('input[name="period"][value="' + wanted + '"]').checked = true;
    }
    document.getElementById('period-form').addEventListener('change', function () {
      history.replaceState(null, '', '#period=' + chosenPeriod());
      refresh();
    });
    document.getElementById('period-form').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) {
        refresh();
      }
    });
    refresh();
    window.setInterval(refresh, REFRESH_MILLIS);
  }

  start();
}());
