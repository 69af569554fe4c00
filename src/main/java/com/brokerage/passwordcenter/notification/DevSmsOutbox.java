package com.brokerage.passwordcenter.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;

import com.brokerage.passwordcenter.demo.DemoProfile;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo SMS sink: what "Twilio" was asked to send, kept in memory for
 * {@code /dev/sms}. Demo profile only.
 */
@Component
@Profile(DemoProfile.NAME)
class DevSmsOutbox {

	private static final int KEEP = 500;

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final ConcurrentLinkedDeque<Sms> messages = new ConcurrentLinkedDeque<>();

	private final Clock clock;

	DevSmsOutbox(Clock clock) {
		this.clock = clock;
	}

	Sms record(String accountSid, String to, String from, String body) {
		byte[] id = new byte[16];
		ThreadLocalRandom.current().nextBytes(id);
		Sms sms = new Sms("SM" + HexFormat.of().formatHex(id), accountSid, to, from, body, this.clock.instant());
		this.messages.addFirst(sms);
		while (this.messages.size() > KEEP) {
			this.messages.pollLast();
		}
		return sms;
	}

	/** Newest first. */
	List<Sms> messages() {
		return new ArrayList<>(this.messages);
	}

	/** A Message resource as Twilio answers "create a Message", for the SDK to parse. */
	static Map<String, Object> twilioJson(Sms sms) {
		String uri = "/2010-04-01/Accounts/" + sms.accountSid() + "/Messages/" + sms.sid();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("account_sid", sms.accountSid());
		json.put("api_version", "2010-04-01");
		json.put("body", sms.body());
		json.put("date_created", RFC_2822.format(sms.createdAt()));
		json.put("date_updated", RFC_2822.format(sms.createdAt()));
		json.put("date_sent", RFC_2822.format(sms.createdAt()));
		json.put("direction", "outbound-api");
		json.put("from", sms.from());
		json.put("num_media", "0");
		json.put("num_segments", "1");
		json.put("price_unit", "USD");
		json.put("sid", sms.sid());
		json.put("status", "delivered");
		json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
		json.put("to", sms.to());
		json.put("uri", uri + ".json");
		return json;
	}

	record Sms(String sid, String accountSid, String to, String from, String body, Instant createdAt) {
	}

}
