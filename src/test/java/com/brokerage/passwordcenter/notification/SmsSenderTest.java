package com.brokerage.passwordcenter.notification;

import java.nio.file.Path;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real Twilio SDK, sending through our client to a WireMock that plays Twilio. */
class SmsSenderTest {

	private static final String MESSAGES = "/2010-04-01/Accounts/" + NotificationFixtures.ACCOUNT_SID
			+ "/Messages.json";

	// the shape of Twilio's documented answer to "create a Message"
	private static final String CREATED = """
			{"account_sid": "%s", "api_version": "2010-04-01", "body": "x",
			 "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null,
			 "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api",
			 "error_code": null, "error_message": null, "from": "+15005550006", "messaging_service_sid": null,
			 "num_media": "0", "num_segments": "1", "price": null, "price_unit": "USD",
			 "sid": "SM00000000000000000000000000000001", "status": "queued",
			 "subresource_uris": {"media": "/2010-04-01/Accounts/x/Messages/SM1/Media.json"},
			 "to": "+886912345678", "uri": "/2010-04-01/Accounts/x/Messages/SM1.json"}
			""".formatted(NotificationFixtures.ACCOUNT_SID);

	@RegisterExtension
	static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final SendWatchdog watchdog = new SendWatchdog();

	private SmsSender sender(String baseUrl) {
		NotificationProperties properties = NotificationFixtures.properties(baseUrl, Path.of("unused.p12"));
		return new SmsSender(
				TwilioConfiguration.client(properties.twilio(),
						new BoundedHttpClient(properties.twilio().baseUrl(), properties.timeouts(), watchdog)),
				properties, NotificationFixtures.center(), NotificationFixtures.metrics());
	}

	@Test
	@DisplayName("R-REISSUE-7: the passcode SMS says, in the manual's words, the code is valid 5 minutes for this account only")
	void passcodeSmsInTheManualsWords() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

		sender(twilio.baseUrl()).sendPasscodeSms("0912345678", "1234567");

		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
			.withBasicAuth(new BasicCredentials(NotificationFixtures.ACCOUNT_SID, NotificationFixtures.AUTH_TOKEN))
			.withFormParam("To", equalTo("+886912345678"))
			.withFormParam("From", equalTo(NotificationFixtures.FROM_NUMBER))
			.withFormParam("Body", equalTo("凱基證券線上密碼補發之簡訊通行碼為1234567，請於申請後5分鐘內完成驗證，且限專屬帳號。")));
	}

	@Test
	@DisplayName("R-REISSUE-11: the password-changed SMS gives the time in Taipei and the customer-service line")
	void passwordChangedSms() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

		sender(twilio.baseUrl()).sendPasswordChangedSms("+886912345678", Instant.parse("2023-04-10T04:31:25Z"));

		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo("+886912345678"))
			.withFormParam("Body", equalTo("凱基證券通知：您的電子登入密碼已於2023/04/10 12:31變更成功。若非本人操作，請立即洽客服專線0800-085-005。")));
	}

	@Test
	@DisplayName("R-UNIFY-2: the unification notice by SMS")
	void passwordsUnifiedSms() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

		sender(twilio.baseUrl()).sendPasswordsUnifiedSms("0912345678", Instant.parse("2023-04-10T04:31:25Z"));

		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo("+886912345678"))
			.withFormParam("Body",
					equalTo("凱基證券通知：您的網路登入密碼已於2023/04/10 12:31完成歸戶，所有帳號請以新密碼登入。若非本人操作，請立即洽客服專線0800-085-005。")));
	}

	@Test
	@DisplayName("R-PWD-5: a refused SMS throws for a retry, without the code or the full number in the message")
	void refusedSmsThrows() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("""
					{"code": 20500, "message": "Internal error sending to +886912345678", "status": 500}""")));

		assertThatThrownBy(() -> sender(twilio.baseUrl()).sendPasscodeSms("0912345678", "7654321"))
			.isInstanceOf(NotificationException.class)
			.hasMessageContaining("0912***678")
			.hasMessageContaining("500")
			.hasNoCause()
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("7654321", "0912345678", "912345678"));
	}

	@Test
	@DisplayName("An unreachable SMS gateway throws, so the job is retried and ends as an incident")
	void unreachableGatewayThrows() {
		assertThatThrownBy(() -> sender("http://127.0.0.1:1").sendPasscodeSms("0912345678", "1234567"))
			.isInstanceOf(NotificationException.class)
			.hasMessageContaining("0912***678")
			.hasMessageContaining("no answer from the SMS gateway")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("1234567", "0912345678"));
	}

	@Test
	@DisplayName("R-REISSUE-4: a passcode is 7 digits; anything else is refused before a send")
	void refusesMalformedPasscode() {
		assertThatThrownBy(() -> sender(twilio.baseUrl()).sendPasscodeSms("0912345678", "123456"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(twilio.getAllServeEvents()).isEmpty();
	}

	@Test
	@DisplayName("Taiwan mobile numbers become E.164; others are refused with a masked message")
	void e164() {
		assertThat(SmsSender.e164("0912345678")).isEqualTo("+886912345678");
		assertThat(SmsSender.e164("+886912345678")).isEqualTo("+886912345678");
		assertThatThrownBy(() -> SmsSender.e164("0212345678")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining("0212345678");
	}

}
