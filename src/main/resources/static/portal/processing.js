// The reissue's PROCESSING step (a passcode or a mail is being sent): asks the API every 2 s and reloads the page once
// the step has moved on. Not <meta http-equiv="refresh">: that reloads blindly on a timer the customer cannot stop,
// which moves a screen reader back to the top (WCAG 2.2.1, axe's meta-refresh). Without script the page's "refresh"
// link does the same by hand.
(function () {
	'use strict';

	var status = document.querySelector('[data-poll]');
	if (!status || !window.fetch) {
		return;
	}
	var url = status.getAttribute('data-poll');
	var tries = 0;

	function later() {
		tries++;
		if (tries < 150) {
			window.setTimeout(poll, 2000);
		}
	}

	function poll() {
		window.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
			.then(function (response) {
				if (!response.ok) {
					// ended or no longer this session's: the page itself says which
					window.location.reload();
					return;
				}
				return response.json().then(function (view) {
					if (view.step !== 'PROCESSING') {
						window.location.reload();
					}
					else {
						later();
					}
				});
			})
			.catch(later);
	}

	window.setTimeout(poll, 2000);
}());
