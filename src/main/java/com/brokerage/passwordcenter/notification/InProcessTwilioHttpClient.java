package com.brokerage.passwordcenter.notification;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.demo.DemoProfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The SDK's HTTP client for {@code base-url: inproc:} (demo): the SDK builds the real
 * Messages request and parses a real Twilio answer, but the request goes straight to the
 * {@link DevSmsOutbox} instead of over the network. A loopback HTTP call would depend on
 * the server's port, scheme and dev certificate; this does not.
 */
@Component
@Profile(DemoProfile.NAME)
class InProcessTwilioHttpClient extends HttpClient {

	private static final Pattern MESSAGES = Pattern.compile(".*/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	private final DevSmsOutbox outbox;

	private final ObjectMapper json = new ObjectMapper();

	InProcessTwilioHttpClient(DevSmsOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Response makeRequest(Request request) {
		Matcher messages = MESSAGES.matcher(URI.create(request.getUrl()).getPath());
		if (request.getMethod() != HttpMethod.POST || !messages.matches()) {
			return new Response(
					"{\"code\": 20404, \"message\": \"The demo SMS sink only creates Messages\", " + "\"status\": 404}",
					404);
		}
		Map<String, List<String>> form = request.getPostParams();
		DevSmsOutbox.Sms sms = this.outbox.record(messages.group(1), first(form, "To"), first(form, "From"),
				first(form, "Body"));
		try {
			return new Response(this.json.writeValueAsString(DevSmsOutbox.twilioJson(sms)), 201);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String first(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
