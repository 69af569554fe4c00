package com.brokerage.passwordcenter.notification;

import java.util.Map;

import com.brokerage.passwordcenter.demo.DemoProfile;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo SMS sink over HTTP, Twilio-compatible: point any Twilio client's base URL at
 * {@code <site>/dev/twilio}. The app itself uses {@code inproc:}. Demo profile only.
 */
@RestController
@Profile(DemoProfile.NAME)
class DevTwilioController {

	private final DevSmsOutbox outbox;

	DevTwilioController(DevSmsOutbox outbox) {
		this.outbox = outbox;
	}

	@PostMapping(path = "/dev/twilio/2010-04-01/Accounts/{accountSid}/Messages.json",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@PathVariable String accountSid, @RequestParam("To") String to,
			@RequestParam("From") String from, @RequestParam("Body") String body) {
		return DevSmsOutbox.twilioJson(this.outbox.record(accountSid, to, from, body));
	}

}
