package com.brokerage.passwordcenter.notification;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;

import com.brokerage.passwordcenter.common.ChangedPassword;
import com.brokerage.passwordcenter.common.CustomerLanguage;
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

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	private static final Locale ZH_TW = CustomerLanguage.ZH_TW;

	@RegisterExtension
	static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final SendWatchdog watchdog = new SendWatchdog();

	private SmsSender sender(String baseUrl) {
		NotificationProperties properties = NotificationFixtures.properties(baseUrl, Path.of("unused.p12"));
		return new SmsSender(
				TwilioConfiguration.client(properties.twilio(),
						new BoundedHttpClient(properties.twilio().baseUrl(), properties.timeouts(), watchdog)),
				properties, NotificationFixtures.texts(), NotificationFixtures.metrics());
	}

	@Test
	@DisplayName("R-REISSUE-7: the passcode SMS says, in the manual's words, the code is valid 5 minutes for this account only")
	void passcodeSmsInTheManualsWords() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

		sender(twilio.baseUrl()).sendPasscodeSms("0912345678", "1234567", FIVE_MINUTES, ZH_TW);

		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
			.withBasicAuth(new BasicCredentials(NotificationFixtures.ACCOUNT_SID, NotificationFixtures.AUTH_TOKEN))
			.withFormParam("To", equalTo("+886912345678"))
			.withFormParam("From", equalTo(NotificationFixtures.FROM_NUMBER))
			.withFormParam("Body", equalTo("凱基證券線上密碼補發之簡訊通行碼為1234567，請於申請後5分鐘內完成驗證，且限專屬帳號。")));
	}

	@Test
	@DisplayName("R-REISSUE-11: the password-changed SMS names the passwords changed, the time in Taipei and the customer-service line")
	void passwordChangedSms() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

		sender(twilio.baseUrl()).sendPasswordChangedSms("+886912345678",
				EnumSet.of(ChangedPassword.LOGIN, ChangedPassword.VOICE), Instant.parse("2023-04-10T04:31:25Z"), ZH_TW);

		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo("+886912345678"))
			.withFormParam("Body", equalTo("凱基證券通知：您的電子登入密碼及語音密碼已於2023/04/10 12:31變更成功。若非本人操作，請立即洽客服專線0800-085-005。")));
	}

	@Test
	@DisplayName("R-CHANGE-3: a withdrawal-only change is told as the withdrawal password, never as the login password")
	void withdrawalChangeText() {
		SmsSender sender = sender(twilio.baseUrl());
		Instant at = Instant.parse("2023-04-10T04:31:25Z");
		assertThat(sender.passwordChangedText(EnumSet.of(ChangedPassword.WITHDRAWAL), at, ZH_TW))
			.isEqualTo("凱基證券通知：您的網路出金密碼已於2023/04/10 12:31變更成功。若非本人操作，請立即洽客服專線0800-085-005。")
			.doesNotContain("登入");
		assertThat(sender.passwordChangedText(EnumSet.allOf(ChangedPassword.class), at, ZH_TW))
			.contains("您的電子登入密碼、語音密碼及網路出金密碼已於");
		assertThat(sender.passwordChangedText(EnumSet.of(ChangedPassword.WITHDRAWAL), at, Locale.ENGLISH)).isEqualTo(
				"KGI Securities: your online withdrawal password changed on 2023/04/10 12:31 (Taiwan time). If that was not you, call customer service on 0800-085-005 at once.");
	}

	@Test
	@DisplayName("R-REISSUE-7: the passcode validity reads right for any value, in zh-TW and English")
	void validityInWords() {
		SmsSender sender = sender(twilio.baseUrl());
		assertThat(sender.passcodeText("1234567", Duration.ofSeconds(40), ZH_TW)).contains("請於申請後40秒內完成驗證")
			.doesNotContain("0分鐘");
		assertThat(sender.passcodeText("1234567", Duration.ofSeconds(90), ZH_TW)).contains("請於申請後1分鐘30秒內");
		assertThat(sender.passcodeText("1234567", Duration.ofMillis(40_500), ZH_TW)).contains("請於申請後41秒內");
		assertThat(sender.passcodeText("1234567", Duration.ofHours(24), ZH_TW)).contains("請於申請後24小時內");
		assertThat(sender.passcodeText("1234567", Duration.ofSeconds(40), Locale.ENGLISH)).isEqualTo(
				"KGI Securities online reissue: your SMS passcode is 1234567. Verify it within 40 seconds of the "
						+ "application; it is for your own account only.");
		assertThat(sender.passcodeText("1234567", Duration.ofSeconds(61), Locale.ENGLISH))
			.contains("within 1 minute 1 second of");
		assertThat(sender.passcodeText("1234567", Duration.ofMinutes(5), Locale.ENGLISH))
			.contains("within 5 minutes of");
	}

	@Test
	@DisplayName("R-OPS-2: the branch initial password SMS comes from the bundle")
	void branchInitialPasswordText() {
		assertThat(sender(twilio.baseUrl()).branchInitialPasswordText("Init12345", ZH_TW))
			.isEqualTo("凱基證券臨櫃密碼補發之初始密碼為Init12345，請以此密碼登入後儘速變更密碼。若非本人申請，請立即洽客服專線0800-085-005。");
	}

	@Test
	@DisplayName("R-UNIFY-2: the unification notice by SMS")
	void passwordsUnifiedSms() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

		sender(twilio.baseUrl()).sendPasswordsUnifiedSms("0912345678", Instant.parse("2023-04-10T04:31:25Z"), ZH_TW);

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

		assertThatThrownBy(() -> sender(twilio.baseUrl()).sendPasscodeSms("0912345678", "7654321", FIVE_MINUTES, ZH_TW))
			.isInstanceOf(NotificationException.class)
			.hasMessageContaining("0912***678")
			.hasMessageContaining("500")
			.hasNoCause()
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("7654321", "0912345678", "912345678"));
	}

	@Test
	@DisplayName("An unreachable SMS gateway throws, so the job is retried and ends as an incident")
	void unreachableGatewayThrows() {
		assertThatThrownBy(
				() -> sender("http://127.0.0.1:1").sendPasscodeSms("0912345678", "1234567", FIVE_MINUTES, ZH_TW))
			.isInstanceOf(NotificationException.class)
			.hasMessageContaining("0912***678")
			.hasMessageContaining("no answer from the SMS gateway")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("1234567", "0912345678"));
	}

	@Test
	@DisplayName("R-REISSUE-4: a passcode is 6 to 10 digits (what the passcode table may set); anything else is refused before a send")
	void refusesMalformedPasscode() {
		for (String malformed : new String[] { "12345", "12345678901", "12345a7" }) {
			assertThatThrownBy(
					() -> sender(twilio.baseUrl()).sendPasscodeSms("0912345678", malformed, FIVE_MINUTES, ZH_TW))
				.isInstanceOf(IllegalArgumentException.class);
		}
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
