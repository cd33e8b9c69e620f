// The rule editor: CodeMirror over the textarea of /rules/sets/{id}, with line numbers, DRL colouring (a simple
// mode: keywords, strings, comments, annotations, $variables, numbers), YAML and properties colouring, and each
// compilation error of the file shown under its line. The form posts the textarea, which CodeMirror keeps in step.
(function () {
  'use strict';
  var textarea = document.getElementById('editor-text');
  if (!textarea || typeof CodeMirror === 'undefined') {
    return;
  }
  CodeMirror.defineSimpleMode('drl', {
    start: [
      {regex: /\/\/.*/, token: 'comment'},
      {regex: /\/\*/, token: 'comment', next: 'comment'},
      {regex: /"(?:[^\\"]|\\.)*"/, token: 'string'},
      {regex: /@[A-Za-z_]\w*/, token: 'meta'},
      {regex: /\$[A-Za-z_]\w*/, token: 'variable-2'},
      {regex: /(?:rule|when|then|end|package|import|global|function|query|declare|salience|no-loop|not|exists|eval|and|or|from|collect|accumulate|forall|insert|insertLogical|modify|update|retract|delete|new|return|if|else|true|false|null|this)\b/,
        token: 'keyword'},
      {regex: /[A-Z][A-Za-z0-9_]*/, token: 'type'},
      {regex: /-?\d+(?:\.\d+)?/, token: 'number'},
      {regex: /[-+*\/=<>!&|]+/, token: 'operator'}
    ],
    comment: [
      {regex: /.*?\*\//, token: 'comment', next: 'start'},
      {regex: /.*/, token: 'comment'}
    ],
    meta: {lineComment: '//'}
  });
  var path = textarea.getAttribute('data-path') || '';
  var mode = /\.drl$/.test(path) ? 'drl' : /\.ya?ml$/.test(path) ? 'yaml' : /\.properties$/.test(path) ? 'properties' : null;
  var editor = CodeMirror.fromTextArea(textarea, {
    lineNumbers: true,
    mode: mode,
    indentUnit: 4,
    readOnly: textarea.getAttribute('data-readonly') === 'true'
  });
  editor.setSize(null, '60vh');
  // the editor's own input and scroller, named and reachable by keyboard (axe: label, scrollable-region-focusable)
  editor.getInputField().setAttribute('aria-label', textarea.getAttribute('data-path') || 'editor');
  editor.getScrollerElement().setAttribute('tabindex', '0');
  var errors = textarea.getAttribute('data-errors');
  (errors ? errors.split('|') : []).forEach(function (error) {
    var colon = error.indexOf(':');
    var line = parseInt(error.substring(0, colon), 10) - 1;
    if (line < 0 || line >= editor.lineCount()) {
      return;
    }
    var note = document.createElement('div');
    note.className = 'rule-error-note';
    note.textContent = error.substring(colon + 1);
    editor.addLineClass(line, 'wrap', 'rule-error-line');
    editor.addLineWidget(line, note);
    editor.scrollIntoView({line: line, ch: 0}, 100);
  });
  window.ruleEditor = editor;
}());
