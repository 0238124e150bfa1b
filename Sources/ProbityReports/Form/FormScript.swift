/// The form's script: plain JavaScript with no libraries and no network. It keeps the
/// assessment being edited as one object (`state`), starting from the blank assessment in the
/// embedded model, a file the user loads, or what was saved in this browser. Each control
/// writes only its own field, so a loaded file that is not edited exports unchanged. Every
/// piece of user or file text reaches the page through `textContent` or `value`, never as
/// markup. Saves to `localStorage` under the model's `storageKey` after every change. Data-return
/// figures are checked as `probity validate` checks them (types, then reconciliations), with its
/// messages.
enum FormScript {
    static let source = #"""
(function () {
  'use strict';
  var model = JSON.parse(document.getElementById('probity-model').textContent);
  var items = [];
  model.areas.forEach(function (area, areaIndex) {
    area.items.forEach(function (id) { items.push({ id: id, area: areaIndex }); });
  });
  var statusById = {};
  model.statuses.forEach(function (status) { statusById[status.id] = status; });
  var unanswered = (model.statuses.filter(function (s) { return s.countsAsUnanswered; })[0] || { id: 'not-assessed' }).id;
  var state = null;

  function $(id) { return document.getElementById(id); }
  function clone(value) { return JSON.parse(JSON.stringify(value)); }
  function say(id, text) { $(id).textContent = text; }
  // A count and its noun, singular for exactly one: counted(1, 'item') is '1 item'.
  function counted(n, noun) { return n + ' ' + (n === 1 ? noun : noun + 's'); }
  function setOptional(object, key, value) {
    if (value === '') { delete object[key]; } else { object[key] = value; }
  }
  function object(parent, key) {
    if (!parent[key] || typeof parent[key] !== 'object' || Array.isArray(parent[key])) { parent[key] = {}; }
    return parent[key];
  }
  function text(value) { return typeof value === 'string' ? value : (value === undefined || value === null ? '' : String(value)); }

  // ---- the document -------------------------------------------------------------------
  function checkDocument(doc) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) { return 'expected a JSON object.'; }
    if (doc.schemaVersion !== 1) { return 'schemaVersion: this form reads schema version 1, found ' + JSON.stringify(doc.schemaVersion) + '.'; }
    if (!doc.checklist || doc.checklist.id !== model.checklist.id) {
      return 'checklist.id: this form is for ' + model.checklist.id + ', the file answers ' + JSON.stringify(doc.checklist && doc.checklist.id) + '.';
    }
    if (!Array.isArray(doc.answers)) { return 'answers: expected an array.'; }
    if (doc.evidence !== undefined && !Array.isArray(doc.evidence)) { return 'evidence: expected an array.'; }
    return null;
  }
  function completeDocument() {
    object(state, 'force'); object(state, 'period'); object(state, 'completedBy');
    if (!Array.isArray(state.evidence)) { state.evidence = []; }
    var added = 0;
    items.forEach(function (item) {
      if (!answerFor(item.id, false)) { state.answers.push({ item: item.id, status: unanswered }); added += 1; }
    });
    return added;
  }
  function answerFor(id, create) {
    for (var i = 0; i < state.answers.length; i += 1) {
      var answer = state.answers[i];
      if (answer && answer.item === id) { return answer; }
    }
    if (!create) { return null; }
    var fresh = { item: id, status: unanswered };
    state.answers.push(fresh);
    return fresh;
  }
  function requiresReason(status) { return Boolean(statusById[status] && statusById[status].requiresReason); }
  function evidenceList(value) { return value.split(/[\s,;]+/).filter(function (id) { return id !== ''; }); }

  // ---- saving -------------------------------------------------------------------------
  function save() {
    try {
      localStorage.setItem(model.storageKey, JSON.stringify(state));
      say('save-status', 'Saved in this browser at ' + new Date().toLocaleTimeString() + '.');
    } catch (error) {
      say('save-status', 'This browser cannot save progress (' + error.name + '); export the JSON to keep your answers.');
    }
  }
  function restore() {
    try {
      var saved = localStorage.getItem(model.storageKey);
      if (!saved) { return false; }
      var doc = JSON.parse(saved);
      if (checkDocument(doc)) { return false; }
      state = doc;
      return true;
    } catch (error) {
      return false;
    }
  }
  function changed() { save(); showProgress(); showJudgement(); showProblems(); }

  // ---- the force, the period, who completed it ------------------------------------------
  var header = [
    { id: 'force-name', get: function () { return text(state.force.name); }, set: function (v) { state.force.name = v; } },
    { id: 'force-code', get: function () { return text(state.force.code); }, set: function (v) { state.force.code = v; } },
    { id: 'force-workforce', get: function () { return text(state.force.workforce); },
      set: function (v, el) {
        if (v === '' && !el.validity.badInput) { delete state.force.workforce; } else if (/^[0-9]+$/.test(v)) { state.force.workforce = parseInt(v, 10); }
      } },
    { id: 'year', get: function () { return text(state.year); },
      set: function (v) { if (/^[0-9]{4}$/.test(v)) { state.year = parseInt(v, 10); } } },
    { id: 'period-start', get: function () { return text(state.period.start); }, set: function (v) { state.period.start = v; } },
    { id: 'period-end', get: function () { return text(state.period.end); }, set: function (v) { state.period.end = v; } },
    { id: 'completed-role', get: function () { return text(state.completedBy.role); }, set: function (v) { state.completedBy.role = v; } },
    { id: 'completed-name', get: function () { return text(state.completedBy.name); }, set: function (v) { setOptional(state.completedBy, 'name', v); } },
    { id: 'completed-date', get: function () { return text(state.completedBy.date); }, set: function (v) { setOptional(state.completedBy, 'date', v); } }
  ];
  function bindHeader() {
    header.forEach(function (field) {
      var el = $(field.id);
      el.addEventListener('input', function () { field.set(el.value, el); changed(); });
    });
  }

  // ---- the items ----------------------------------------------------------------------
  function controls(index) {
    var prefix = 'i' + index + '-';
    return { status: $(prefix + 'status'), narrative: $(prefix + 'narrative'), reason: $(prefix + 'reason'),
             reasonRow: $(prefix + 'reason-row'), evidence: $(prefix + 'evidence') };
  }
  function bindItems() {
    items.forEach(function (item, index) {
      var c = controls(index);
      c.status.addEventListener('change', function () {
        var answer = answerFor(item.id, true);
        answer.status = c.status.value;
        if (requiresReason(answer.status)) { setOptional(answer, 'reason', c.reason.value); } else { delete answer.reason; }
        c.reasonRow.hidden = !requiresReason(answer.status);
        changed();
      });
      c.narrative.addEventListener('input', function () { setOptional(answerFor(item.id, true), 'narrative', c.narrative.value); changed(); });
      c.reason.addEventListener('input', function () { setOptional(answerFor(item.id, true), 'reason', c.reason.value); changed(); });
      c.evidence.addEventListener('input', function () {
        var answer = answerFor(item.id, true);
        var ids = evidenceList(c.evidence.value);
        if (ids.length === 0) { delete answer.evidence; } else { answer.evidence = ids; }
        changed();
      });
    });
  }
  function ensureOption(select, value) {
    if (value === '' || Array.prototype.some.call(select.options, function (o) { return o.value === value; })) { return; }
    var option = document.createElement('option');
    option.value = value;
    option.textContent = value + ' (unknown)';
    select.appendChild(option);
  }
  function fillItems() {
    items.forEach(function (item, index) {
      var c = controls(index);
      var answer = answerFor(item.id, false) || { status: unanswered };
      ensureOption(c.status, text(answer.status));
      c.status.value = text(answer.status);
      c.narrative.value = text(answer.narrative);
      c.reason.value = text(answer.reason);
      c.reasonRow.hidden = !requiresReason(answer.status);
      c.evidence.value = Array.isArray(answer.evidence) ? answer.evidence.join(', ') : '';
    });
  }

  // ---- the evidence register ------------------------------------------------------------
  var evidenceFields = [
    { key: 'id', label: 'id', type: 'text', optional: false },
    { key: 'kind', label: 'kind', type: 'select', options: model.evidenceKinds, optional: false },
    { key: 'title', label: 'title', type: 'text', optional: false },
    { key: 'date', label: 'date (YYYY, YYYY-MM or YYYY-MM-DD)', type: 'text', optional: true, placeholder: 'YYYY-MM-DD' },
    { key: 'source', label: 'source', type: 'select', options: model.evidenceSources, optional: true, blank: 'The force (not stated)' },
    { key: 'status', label: 'standing', type: 'select', options: model.documentStatuses, optional: true, blank: 'Not a policy (none)' },
    { key: 'owner', label: 'owner', type: 'text', optional: true },
    { key: 'location', label: 'location', type: 'text', optional: true }
  ];
  function option(value, label) {
    var element = document.createElement('option');
    element.value = value;
    element.textContent = label;
    return element;
  }
  function evidenceControl(record, row, field) {
    var el;
    if (field.type === 'select') {
      el = document.createElement('select');
      if (field.optional) { el.appendChild(option('', field.blank)); }
      field.options.forEach(function (choice) { el.appendChild(option(choice.id, choice.label)); });
      ensureOption(el, text(record[field.key]));
    } else {
      el = document.createElement('input');
      el.type = field.type;
      if (field.placeholder) { el.placeholder = field.placeholder; }
    }
    el.id = 'ev-' + row + '-' + field.key;
    el.setAttribute('aria-label', 'Evidence record ' + (row + 1) + ' ' + field.label);
    el.value = text(record[field.key]);
    el.addEventListener(field.type === 'select' ? 'change' : 'input', function () {
      if (field.optional) { setOptional(record, field.key, el.value); } else { record[field.key] = el.value; }
      if (field.key === 'id') { fillEvidenceIds(); }
      changed();
    });
    return el;
  }
  // A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD, a real day.
  function isEvidenceDate(value) {
    var match = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(value);
    if (!match || parseInt(match[1], 10) < 1) { return false; }
    if (match[2] === undefined) { return true; }
    var month = parseInt(match[2], 10);
    if (month < 1 || month > 12) { return false; }
    if (match[3] === undefined) { return true; }
    var day = parseInt(match[3], 10);
    var days = new Date(Date.UTC(parseInt(match[1], 10), month, 0)).getUTCDate();
    return day >= 1 && day <= days;
  }
  function fillEvidence() {
    var body = $('evidence-rows');
    while (body.firstChild) { body.removeChild(body.firstChild); }
    state.evidence.forEach(function (record, row) {
      var tr = document.createElement('tr');
      evidenceFields.forEach(function (field) {
        var td = document.createElement('td');
        td.appendChild(evidenceControl(record, row, field));
        tr.appendChild(td);
      });
      var td = document.createElement('td');
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', 'Remove evidence record ' + (row + 1));
      remove.addEventListener('click', function () { state.evidence.splice(row, 1); fillEvidence(); changed(); });
      td.appendChild(remove);
      tr.appendChild(td);
      body.appendChild(tr);
    });
    fillEvidenceIds();
  }
  function fillEvidenceIds() {
    var list = $('evidence-ids');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    state.evidence.forEach(function (record) {
      var option = document.createElement('option');
      option.value = text(record.id);
      list.appendChild(option);
    });
  }
  function nextEvidenceId() {
    var highest = 0;
    state.evidence.forEach(function (record) {
      var match = /^EV-([0-9]+)$/.exec(text(record.id));
      if (match) { highest = Math.max(highest, parseInt(match[1], 10)); }
    });
    var number = String(highest + 1);
    return 'EV-' + (number.length < 2 ? '0' + number : number);
  }
  function addEvidence() {
    state.evidence.push({ id: nextEvidenceId(), kind: model.evidenceKinds[0].id, title: '' });
    fillEvidence();
    changed();
    $('ev-' + (state.evidence.length - 1) + '-title').focus();
  }

  // ---- the data returns ---------------------------------------------------------------------
  // Each figure is kept in state.dataReturns.<area>.<path> as the file holds it: a number, a
  // boolean for a flag, a string otherwise ("unknown", "unchanged", a choice). Text that is not
  // a figure is kept as typed, so nothing is lost, and reported as validate would report it.
  var returnFields = [];
  model.dataReturns.forEach(function (ret) {
    var number = 0;
    model.areas.forEach(function (area, index) { if (area.id === ret.area) { number = index + 1; } });
    ret.fields.forEach(function (field, index) {
      returnFields.push({ area: ret.area, number: number, field: field, id: 'dr-' + number + '-' + index });
    });
  });
  function isPlainObject(value) { return value !== null && typeof value === 'object' && !Array.isArray(value); }
  function returnValue(area, path) {
    var node = isPlainObject(state.dataReturns) ? state.dataReturns[area] : undefined;
    var parts = path.split('.');
    for (var i = 0; i < parts.length; i += 1) {
      if (!isPlainObject(node)) { return undefined; }
      node = node[parts[i]];
    }
    return node === null ? undefined : node;
  }
  function setReturnValue(area, path, value) {
    var parts = path.split('.');
    if (value === undefined) {
      var chain = [object(state, 'dataReturns')];
      var node = chain[0];
      var keys = [area].concat(parts);
      for (var i = 0; i < keys.length - 1; i += 1) {
        if (!isPlainObject(node[keys[i]])) { return; }
        node = node[keys[i]];
        chain.push(node);
      }
      delete node[keys[keys.length - 1]];
      for (var j = chain.length - 1; j > 0 && Object.keys(chain[j]).length === 0; j -= 1) { delete chain[j - 1][keys[j - 1]]; }
      return;
    }
    var target = object(object(state, 'dataReturns'), area);
    parts.slice(0, -1).forEach(function (key) { target = object(target, key); });
    target[parts[parts.length - 1]] = value;
  }
  function parseReturn(field, raw) {
    if (field.kind === 'flag') { return raw === '' ? undefined : raw === 'true'; }
    if (field.kind === 'choice' || field.kind === 'text') { return raw === '' ? undefined : raw; }
    var trimmed = raw.trim();
    if (trimmed === '') { return undefined; }
    if (field.kind === 'date') { return trimmed; }
    if (/^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(trimmed)) { return Number(trimmed); }
    return trimmed;
  }
  function showReturnValue(value) {
    if (value === undefined) { return ''; }
    return typeof value === 'string' ? value : (isPlainObject(value) || Array.isArray(value) ? JSON.stringify(value) : String(value));
  }
  // Numbers as the core writes them: whole numbers without a decimal point.
  function figure(number) { return String(number); }
  function summary(value) {
    if (value === null) { return 'null'; }
    if (typeof value === 'boolean') { return 'boolean ' + value; }
    if (typeof value === 'number') { return 'number ' + figure(value); }
    if (typeof value === 'string') { return '"' + (value.length > 40 ? value.slice(0, 40) + '...' : value) + '"'; }
    if (Array.isArray(value)) { return 'an array of ' + value.length; }
    return 'an object';
  }
  function isDay(value) { return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) && isEvidenceDate(value); }
  // The problem DataReturnValidator reports for this value of this field, or null.
  function checkReturn(field, value) {
    var expected = 'expected ' + field.expectation + ', found ' + summary(value);
    if (field.allowsUnknown && typeof value === 'string') {
      if (value === 'unknown') { return null; }
      if (value === 'unchanged' && field.allowsUnchanged) { return null; }
      if (value === 'unchanged') { return '"unchanged" is only allowed for a level that can stay the same between returns; expected ' + field.expectation; }
      return expected;
    }
    switch (field.kind) {
    case 'count':
      if (typeof value !== 'number') { return expected; }
      if (value < 0) { return 'a count cannot be negative, found ' + figure(value); }
      if (value !== Math.round(value)) { return 'a count must be a whole number, found ' + figure(value); }
      return null;
    case 'amount':
      if (typeof value !== 'number') { return expected; }
      return value < 0 ? 'cannot be negative, found ' + figure(value) : null;
    case 'share': return typeof value === 'number' && value >= 0 && value <= 1 ? null : expected;
    case 'flag': return typeof value === 'boolean' ? null : expected;
    case 'text': return typeof value === 'string' ? null : expected;
    case 'choice': return typeof value === 'string' && field.choices.indexOf(value) >= 0 ? null : expected;
    case 'date': return typeof value === 'string' && isDay(value) ? null : expected;
    default: return null;
    }
  }
  function last(path) { var parts = path.split('.'); return parts[parts.length - 1]; }
  // The reconciliations that fail, with validate's messages; only checked, as validate checks
  // them, when no figure of the area is wrong, and skipped when a figure is absent or a word.
  function reconcile(ret) {
    var found = [];
    function numberAt(path) { var value = returnValue(ret.area, path); return typeof value === 'number' ? value : null; }
    ret.reconciliations.forEach(function (rule) {
      var subject = numberAt(rule.subject);
      if (subject === null) { return; }
      var values = rule.others.map(numberAt);
      if (values.some(function (v) { return v === null; })) { return; }
      if (rule.rule === 'sum') {
        var sum = values.reduce(function (a, b) { return a + b; }, 0);
        if (Math.abs(sum - subject) <= 1e-9) { return; }
        found.push({ path: rule.subject, message: figure(subject) + ' does not equal ' + rule.others.map(last).join(' + ') + ' = ' + figure(sum) +
          ' (' + rule.others.map(function (path, i) { return last(path) + ' ' + figure(values[i]); }).join(', ') + ')' });
      } else if (subject > values[0]) {
        found.push({ path: rule.subject, message: figure(subject) + ' is more than ' + rule.others[0] + ' ' + figure(values[0]) });
      }
    });
    return found;
  }
  // Every data-return problem, area by area: { number, path, id, message } with validate's path.
  function returnProblems() {
    var found = [];
    model.dataReturns.forEach(function (ret) {
      var fields = returnFields.filter(function (f) { return f.area === ret.area; });
      var ids = {};
      var wrong = [];
      fields.forEach(function (f) {
        ids[f.field.path] = f.id;
        var value = returnValue(ret.area, f.field.path);
        var problem = value === undefined ? (f.field.required ? 'missing required figure (' + f.field.meaning + ')' : null) : checkReturn(f.field, value);
        if (problem) { wrong.push({ number: f.number, path: f.field.path, id: f.id, message: problem }); }
      });
      var failures = wrong.length > 0 ? [] : reconcile(ret).map(function (p) {
        return { number: fields.length ? fields[0].number : 0, path: p.path, id: ids[p.path], message: p.message };
      });
      wrong.concat(failures).forEach(function (p) {
        p.message = 'dataReturns.' + ret.area + '.' + p.path + ': ' + p.message;
        found.push(p);
      });
    });
    return found;
  }
  function showReturnProblems(found) {
    model.dataReturns.forEach(function (ret) {
      var number = 0;
      returnFields.forEach(function (f) { if (f.area === ret.area) { number = f.number; } });
      var list = $('area-' + number + '-return-problems');
      if (!list) { return; }
      while (list.firstChild) { list.removeChild(list.firstChild); }
      found.filter(function (p) { return p.number === number; }).forEach(function (p) {
        var li = document.createElement('li');
        li.textContent = p.message;
        list.appendChild(li);
      });
    });
  }
  function bindReturns() {
    returnFields.forEach(function (f) {
      var el = $(f.id);
      el.addEventListener(el.tagName === 'SELECT' ? 'change' : 'input', function () {
        setReturnValue(f.area, f.field.path, parseReturn(f.field, el.value));
        changed();
      });
    });
  }
  function fillReturns() {
    returnFields.forEach(function (f) {
      var el = $(f.id);
      var shown = showReturnValue(returnValue(f.area, f.field.path));
      if (el.tagName === 'SELECT') { ensureOption(el, shown); }
      el.value = shown;
    });
  }

  // ---- progress and problems ------------------------------------------------------------
  function showProgress() {
    var perArea = model.areas.map(function () { return 0; });
    var answered = 0;
    items.forEach(function (item) {
      var answer = answerFor(item.id, false);
      var status = statusById[answer ? answer.status : unanswered];
      if (status && !status.countsAsUnanswered) { answered += 1; perArea[item.area] += 1; }
    });
    $('progress-bar').value = answered;
    say('progress', answered + ' of ' + counted(items.length, 'item') + ' answered');
    model.areas.forEach(function (area, index) {
      say('area-' + (index + 1) + '-progress', perArea[index] + ' of ' + area.items.length + ' answered');
    });
  }
  // ---- whether each area, and the force, could be graded (the core's rule) ---------------
  function percent(share) { return String(Math.round(share * 1000) / 10) + '%'; }
  function areaCoverage(area) {
    var applicable = 0, judged = 0, items = 0, answered = 0;
    area.items.forEach(function (id, index) {
      var answer = answerFor(id, false);
      var status = statusById[answer ? answer.status : unanswered];
      var weight = area.weights[index];
      if (!status || status.applicable) { applicable += weight; items += 1; }
      if (status && status.judged) { judged += weight; answered += 1; }
    });
    return { share: applicable > 0 ? judged / applicable : 0, items: items, answered: answered };
  }
  function showJudgement() {
    var grading = model.grading;
    if (!grading) { say('overall-judgement', ''); return; }
    var ungraded = [], gradedWeight = 0, totalWeight = 0;
    model.areas.forEach(function (area, index) {
      var coverage = areaCoverage(area);
      var graded = coverage.share >= grading.minAreaCoverage;
      totalWeight += area.weight;
      if (graded) { gradedWeight += area.weight; } else { ungraded.push(area.title); }
      say('area-' + (index + 1) + '-judgement', graded
        ? 'Enough answered for a grade: ' + percent(coverage.share) + ' of the applicable weight.'
        : 'Not graded: insufficient evidence: only ' + percent(coverage.share) + ' of the applicable weight answered (' +
          coverage.answered + ' of ' + counted(coverage.items, 'item') + '), below the ' + percent(grading.minAreaCoverage) + ' needed for a grade.');
    });
    var share = totalWeight > 0 ? gradedWeight / totalWeight : 0;
    var text;
    if (ungraded.length === 0) {
      text = 'Overall: every area has enough answered to be graded.';
    } else if (share < grading.minGradedWeight || gradedWeight === 0) {
      text = 'Overall grade withheld: the areas with enough answered carry ' + percent(share) + ' of the area weight, below the ' +
        percent(grading.minGradedWeight) + ' needed for an overall grade; not graded: ' + ungraded.join('; ') + '.';
    } else {
      text = 'Overall grade provisional: ' + ungraded.length + ' of ' + model.areas.length + ' areas not graded for insufficient evidence (' +
        ungraded.join('; ') + ').';
    }
    say('overall-judgement', text);
  }
  function problems() {
    var found = [];
    function add(message, target) { found.push({ message: message, target: target }); }
    if (text(state.force.name).trim() === '') { add('The force name is empty.', 'force-name'); }
    if (text(state.force.code).trim() === '') { add('The force code is empty.', 'force-code'); }
    if ($('force-workforce').validity.badInput || (state.force.workforce !== undefined && !(state.force.workforce > 0))) {
      add('The workforce must be a positive whole number.', 'force-workforce');
    }
    ['start', 'end'].forEach(function (key) {
      if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text(state.period[key]))) { add('The period ' + key + ' is not a date.', 'period-' + key); }
    });
    var datePattern = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
    if (datePattern.test(text(state.period.start)) && datePattern.test(text(state.period.end)) && state.period.end < state.period.start) {
      add('The period ends before it starts.', 'period-end');
    }
    if (text(state.completedBy.role).trim() === '') { add('Say who completed the assessment (role or unit).', 'completed-role'); }
    var ids = {};
    state.evidence.forEach(function (record, row) {
      var id = text(record.id);
      if (id === '') { add('Evidence record ' + (row + 1) + ' has no id.', 'ev-' + row + '-id'); }
      else if (ids[id]) { add('Evidence id "' + id + '" is used twice.', 'ev-' + row + '-id'); }
      if (text(record.title).trim() === '') { add('Evidence record ' + (row + 1) + ' has no title.', 'ev-' + row + '-title'); }
      if (record.date !== undefined && !isEvidenceDate(text(record.date))) {
        add('Evidence record ' + (row + 1) + ' has a date that is not YYYY, YYYY-MM or YYYY-MM-DD.', 'ev-' + row + '-date');
      }
      ids[id] = true;
    });
    items.forEach(function (item, index) {
      var answer = answerFor(item.id, false);
      if (!answer) { return; }
      if (requiresReason(answer.status) && text(answer.reason).trim() === '') {
        add(item.id + ' does not apply but gives no reason.', 'i' + index + '-reason');
      }
      (Array.isArray(answer.evidence) ? answer.evidence : []).forEach(function (id) {
        if (!ids[id]) { add(item.id + ' cites evidence "' + id + '", which is not in the evidence register.', 'i' + index + '-evidence'); }
      });
    });
    var returns = returnProblems();
    returns.forEach(function (p) { add(p.message, p.id); });
    showReturnProblems(returns);
    return found;
  }
  function showProblems() {
    var found = problems();
    var list = $('problems');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    found.forEach(function (problem) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + problem.target;
      link.textContent = problem.message;
      li.appendChild(link);
      list.appendChild(li);
    });
    say('problem-summary', found.length === 0
      ? 'No problems found in the form.'
      : counted(found.length, 'problem') + ' to fix before probity validate accepts the file:');
  }

  // ---- loading and exporting ------------------------------------------------------------
  function fill() {
    header.forEach(function (field) { $(field.id).value = field.get(); });
    fillItems();
    fillEvidence();
    fillReturns();
    showProgress();
    showJudgement();
    showProblems();
  }
  function accept(content, name) {
    var doc;
    try { doc = JSON.parse(content); } catch (error) { say('load-status', name + ': not valid JSON (' + error.message + ').'); return; }
    var problem = checkDocument(doc);
    if (problem) { say('load-status', name + ': ' + problem); return; }
    state = doc;
    var added = completeDocument();
    fill();
    save();
    var note = doc.checklist.version && doc.checklist.version !== model.checklist.version
      ? ' It answers version ' + doc.checklist.version + '; this form shows version ' + model.checklist.version + '.' : '';
    say('load-status', 'Loaded ' + name + (added ? ', adding ' + counted(added, 'missing item') + ' as not assessed' : '') + '.' + note);
  }
  function load(event) {
    var file = event.target.files && event.target.files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () { accept(String(reader.result), file.name); };
    reader.onerror = function () { say('load-status', file.name + ': the file could not be read.'); };
    reader.readAsText(file);
  }
  function exportName() {
    var code = text(state.force.code).replace(/[^A-Za-z0-9_-]/g, '') || 'force';
    return 'assessment-' + code + '-' + text(state.year).replace(/[^0-9]/g, '') + '.json';
  }
  function exportJSON() {
    var json = JSON.stringify(state, null, 2) + '\n';
    $('export-json').value = json;
    var url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = exportName();
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  function clearSaved() {
    if (!window.confirm('Clear the answers saved in this browser and start again?')) { return; }
    try { localStorage.removeItem(model.storageKey); } catch (error) { /* nothing saved */ }
    state = clone(model.blank);
    completeDocument();
    fill();
    say('save-status', 'Cleared. Nothing is saved in this browser.');
  }

  var restored = restore();
  if (!restored) { state = clone(model.blank); }
  completeDocument();
  bindHeader();
  bindItems();
  bindReturns();
  $('add-evidence').addEventListener('click', addEvidence);
  $('load-file').addEventListener('change', load);
  $('export-button').addEventListener('click', exportJSON);
  $('clear-saved').addEventListener('click', clearSaved);
  fill();
  if (restored) { say('save-status', 'Restored the answers saved in this browser.'); }
}());
"""#
}
