// The upload form, enhanced: files dropped on it are chosen, the files chosen are listed, and while they go a bar
// shows how much was sent. Without this script the form posts as it is.
(function () {
  var form = document.querySelector('form.upload-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('.drop-zone');
  var list = form.querySelector('.chosen-files');
  var progress = form.querySelector('.upload-progress');
  var bar = progress.querySelector('progress');
  var said = progress.querySelector('.upload-progress-text');

  function show() {
    list.textContent = '';
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement('li');
      item.textContent = file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KB)';
      list.appendChild(item);
    });
  }

  input.addEventListener('change', show);
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('dragging');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove('dragging'); });
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      show();
    }
  });

  form.addEventListener('submit', function (event) {
    if (!input.files.length) {
      return; // the browser's own check says a file is needed
    }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.max = e.total;
        bar.value = e.loaded;
        said.textContent = progress.getAttribute('data-sending') + ' ' + Math.round(100 * e.loaded / e.total) + '%';
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value');
      said.textContent = progress.getAttribute('data-checking');
    });
    request.addEventListener('load', function () {
      // the answer is the result page (or the error page): shown as the form's answer would be
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', function () {
      said.textContent = progress.getAttribute('data-failed');
    });
    progress.hidden = false;
    form.querySelector('button[type=submit]').disabled = true;
    request.send(new FormData(form));
  });
})();
