package com.brokerage.passwordcenter.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock playing Twilio's Messages API, for journeys that send SMS through the real
 * Twilio SDK.
 */
public final class FakeTwilio {

	private static final String MESSAGES = "/2010-04-01/Accounts/[A-Za-z0-9]+/Messages.json";

	private static final String CREATED = """
			{"account_sid": "AC00000000000000000000000000000000", "api_version": "2010-04-01", "body": "x",
			 "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null,
			 "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api",
			 "error_code": null, "error_message": null, "from": "+15005550006", "messaging_service_sid": null,
			 "num_media": "0", "num_segments": "1", "price": null, "price_unit": "USD",
			 "sid": "SM00000000000000000000000000000001", "status": "queued",
			 "subresource_uris": {"media": "/2010-04-01/Accounts/x/Messages/SM1/Media.json"},
			 "to": "+886912345678", "uri": "/2010-04-01/Accounts/x/Messages/SM1.json"}
			""";

	private final WireMockServer server;

	public FakeTwilio() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort());
	}

	/**
	 * On a given port, e.g. to bring "the SMS provider" back where the app expects it.
	 */
	public FakeTwilio(int port) {
		this.server = new WireMockServer(wireMockConfig().port(port));
	}

	public FakeTwilio start() {
		this.server.start();
		accept();
		return this;
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	public void accept() {
		this.server.resetMappings();
		this.server.stubFor(post(urlPathMatching(MESSAGES))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));
	}

	/** Twilio is down: every send answers 500, so the sending job fails. */
	public void fail() {
		this.server.resetMappings();
		this.server.stubFor(post(urlPathMatching(MESSAGES)).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20500, \"message\": \"Internal error\", \"status\": 500}")));
	}

	/** Forgets what was sent so far (a test of its own starts from none). */
	public void forgetSent() {
		this.server.resetRequests();
	}

	/** The bodies of the SMS the SDK really sent, oldest first. */
	public List<LoggedRequest> sent() {
		return this.server.findAll(postRequestedFor(urlPathMatching(MESSAGES)));
	}

	/** The 7-digit passcode of the latest SMS. */
	public String lastPasscode() {
		List<LoggedRequest> sent = sent();
		String body = sent.get(sent.size() - 1).formParameters().get("Body").firstValue();
		Matcher code = Pattern.compile("(\\d{7})").matcher(body);
		if (!code.find()) {
			throw new IllegalStateException("no passcode in the last SMS");
		}
		return code.group(1);
	}

	public void stop() {
		this.server.stop();
	}

}
