// Live countdowns of the reissue's passcode page (R-REISSUE-7). The server renders the seconds left and the mm:ss text,
// so the page is right without this script; with it, <span data-countdown="SECONDS"> counts down once a second and at
// zero hides the element named by data-countdown-hide, shows data-countdown-show and enables data-countdown-enable
// (which it disables while counting).
(function () {
	'use strict';

	function mmss(seconds) {
		var minutes = Math.floor(seconds / 60);
		var rest = seconds % 60;
		return (minutes < 10 ? '0' : '') + minutes + ':' + (rest < 10 ? '0' : '') + rest;
	}

	function byIdIn(element, attribute) {
		var id = element.getAttribute(attribute);
		return id ? document.getElementById(id) : null;
	}

	function start(element) {
		var seconds = parseInt(element.getAttribute('data-countdown'), 10);
		if (isNaN(seconds) || seconds <= 0) {
			return;
		}
		var endsAt = Date.now() + seconds * 1000;
		var enable = byIdIn(element, 'data-countdown-enable');
		if (enable) {
			enable.disabled = true;
		}
		var timer = window.setInterval(function () {
			var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
			element.textContent = mmss(left);
			if (left > 0) {
				return;
			}
			window.clearInterval(timer);
			var hide = byIdIn(element, 'data-countdown-hide');
			var show = byIdIn(element, 'data-countdown-show');
			if (hide) {
				hide.hidden = true;
			}
			if (show) {
				show.hidden = false;
			}
			if (enable) {
				enable.disabled = false;
			}
		}, 1000);
	}

	Array.prototype.forEach.call(document.querySelectorAll('[data-countdown]'), start);
}());
