package com.brokerage.passwordcenter.notification;

import java.util.List;

import com.brokerage.passwordcenter.demo.DemoProfile;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the demo sent, so a person can follow a journey: {@code /dev/mailbox},
 * {@code /dev/sms}, and {@code .json} variants for scripts. Demo profile only.
 */
@Controller
@Profile(DemoProfile.NAME)
class DevSinkPages {

	private final DevMailSink mailSink;

	private final DevSmsOutbox smsOutbox;

	DevSinkPages(DevMailSink mailSink, DevSmsOutbox smsOutbox) {
		this.mailSink = mailSink;
		this.smsOutbox = smsOutbox;
	}

	@GetMapping("/dev/mailbox")
	String mailbox(Model model) {
		model.addAttribute("mails", this.mailSink.messages());
		return "dev/mailbox";
	}

	@GetMapping(path = "/dev/mailbox.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<DevMailSink.ReceivedMail> mailboxJson() {
		return this.mailSink.messages();
	}

	/** README: {@code openssl smime -verify -CAfile data/pki/ca.pem} on this file. */
	@GetMapping(path = "/dev/mailbox/latest.eml", produces = "message/rfc822")
	org.springframework.http.ResponseEntity<byte[]> newestMailSource() throws Exception {
		return this.mailSink.newestSource()
			.map(org.springframework.http.ResponseEntity::ok)
			.orElse(org.springframework.http.ResponseEntity.notFound().build());
	}

	@GetMapping("/dev/sms")
	String sms(Model model) {
		model.addAttribute("messages", this.smsOutbox.messages());
		return "dev/sms";
	}

	@GetMapping(path = "/dev/sms.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<DevSmsOutbox.Sms> smsJson() {
		return this.smsOutbox.messages();
	}

}
