// After a refused submit, keyboard and screen-reader users land on what to fix: the first field marked
// aria-invalid="true", else the form's error (#form-error, made focusable for this). Nothing moves on a page without
// an error.
(function () {
	'use strict';

	var target = document.querySelector('main [aria-invalid="true"]') || document.getElementById('form-error');
	if (!target) {
		return;
	}
	if (!/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(target.tagName) && !target.hasAttribute('tabindex')) {
		target.setAttribute('tabindex', '-1');
	}
	target.focus();
}());
