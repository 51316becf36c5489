/* Crossfoot HTML report: severity filters and cell highlighting. Plain script, no libraries. */
(function () {
  'use strict';
  var body = document.body;
  var boxes = document.querySelectorAll('input[data-cf-severity]');
  Array.prototype.forEach.call(boxes, function (box) {
    var apply = function () {
      body.classList.toggle('cf-hide-' + box.getAttribute('data-cf-severity'), !box.checked);
    };
    box.addEventListener('change', apply);
    apply();
  });
  var onlyFailed = document.getElementById('cf-only-failed');
  if (onlyFailed) {
    var applyFailed = function () { body.classList.toggle('cf-hide-passed', onlyFailed.checked); };
    onlyFailed.addEventListener('change', applyFailed);
    applyFailed();
  }
  /* Pointing at a finding outlines its cells in the table above. */
  var rows = document.querySelectorAll('tr.cf-violation[data-cells]');
  Array.prototype.forEach.call(rows, function (tr) {
    var ids = tr.getAttribute('data-cells').split(' ');
    var mark = function (on) {
      ids.forEach(function (id) {
        var cell = id && document.getElementById(id);
        if (cell) { cell.classList.toggle('cf-focus', on); }
      });
    };
    tr.addEventListener('mouseenter', function () { mark(true); });
    tr.addEventListener('mouseleave', function () { mark(false); });
  });
}());
