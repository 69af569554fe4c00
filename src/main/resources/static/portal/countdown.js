// Live countdowns of the reissue's passcode page (R-REISSUE-7). The server renders the seconds left and the mm:ss text,
// so the page is right without this script; with it, <span data-countdown="SECONDS"> counts down once a second and at
// zero hides the element named by data-countdown-hide, shows data-countdown-show and enables data-countdown-enable
// (which it disables while counting). Screen readers hear it through the one live region #countdown-status, which is
// told the sentence of a countdown marked data-countdown-announce="minutes" at each whole minute, and the text shown
// when any countdown ends: polite, and never once a second.
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

	function announce(text) {
		var live = document.getElementById('countdown-status');
		if (live && text) {
			live.textContent = text.replace(/\s+/g, ' ').trim();
		}
	}

	function start(element) {
		var seconds = parseInt(element.getAttribute('data-countdown'), 10);
		if (isNaN(seconds) || seconds <= 0) {
			return;
		}
		var endsAt = Date.now() + seconds * 1000;
		var minutes = element.getAttribute('data-countdown-announce') === 'minutes';
		var lastMinute = Math.ceil(seconds / 60);
		var enable = byIdIn(element, 'data-countdown-enable');
		if (enable) {
			enable.disabled = true;
		}
		var timer = window.setInterval(function () {
			var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
			element.textContent = mmss(left);
			if (left > 0) {
				// the minute count drops at 04:00, 03:00, …: one announcement a minute, even if a tick was late
				if (minutes && Math.ceil(left / 60) < lastMinute) {
					lastMinute = Math.ceil(left / 60);
					announce(element.parentNode.textContent);
				}
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
				announce(show.textContent);
			}
			if (enable) {
				enable.disabled = false;
			}
		}, 1000);
	}

	Array.prototype.forEach.call(document.querySelectorAll('[data-countdown]'), start);
}());
