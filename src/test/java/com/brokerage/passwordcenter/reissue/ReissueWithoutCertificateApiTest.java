package com.brokerage.passwordcenter.reissue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeProcess;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.EngineSecretScan;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The whole reissue without certificate over the HTTP API (MockMvc over "TLS"): the
 * signed mail through real SMTP into GreenMail, the SMS through the real Twilio SDK into
 * WireMock, jobs executed by hand. Afterwards no secret of the journey is in the engine's
 * tables, our tables or the log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
@ExtendWith(OutputCaptureExtension.class)
class ReissueWithoutCertificateApiTest {

	private static final Pattern LINK = Pattern
		.compile("https://localhost:8443/reissue/link\\?token=([A-Za-z0-9_-]{43})");

	private static final Pattern SMS_CODE = Pattern.compile("簡訊通行碼為(\\d{7})");

	private static final String NEW_PASSWORD = "Fresh2468a";

	// the shape of Twilio's documented answer to "create a Message"
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

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@RegisterExtension
	static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@DynamicPropertySource
	static void outsideServices(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("password-center.notification.twilio.base-url", twilio::baseUrl);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReissueApplicationRepository applications;

	@BeforeEach
	void twilioAnswers() {
		twilio.stubFor(post(urlPathMatching("/2010-04-01/Accounts/.*/Messages.json"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));
	}

	@Test
	@DisplayName("R-REISSUE-5..11, R-PWD-6: step 1 without certificate, signed link mail, link, SMS passcode, initial and "
			+ "new password, login with it; the link then answers LINK_USED; no secret stored or logged")
	void wholeJourney(CapturedOutput output) throws Exception {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		this.testCustomers.lock(customer);
		ApiClient applicant = new ApiClient(this.mvc);
		String id = applyAndConfirm(applicant, customer);

		// the web part has ended: the step-1 session no longer holds the application
		assertThat(applicant.send(secure(get("/api/v1/reissues/" + id))).getStatus()).isEqualTo(404);

		execute(id, ReissueProcess.TASK_SEND_LINK_EMAIL);
		MimeMessage mail = linkMail(customer);
		String token = linkToken(mail);

		// a mail scanner fetching the link does not use it up
		ApiClient browser = new ApiClient(this.mvc);
		assertThat(browser.send(secure(get("/reissue/link").param("token", token))).getStatus()).isEqualTo(200);
		MockHttpServletResponse opened = openLink(browser, token, "192.0.2.10");
		assertThat(opened.getStatus()).isEqualTo(200);
		assertThat(str(opened, "$.applicationId")).isEqualTo(id);
		assertThat(str(opened, "$.step")).isEqualTo("REQUEST_PASSCODE");
		assertThat(str(opened, "$.contacts.mobile")).isEqualTo("0912***678");

		MockHttpServletResponse requested = browser.send(postJson("/api/v1/reissues/" + id + "/passcode/request", ""));
		assertThat(requested.getStatus()).isEqualTo(202);
		assertThat(str(requested, "$.step")).isEqualTo("PROCESSING");

		execute(id, PasscodeProcess.TASK_SEND);
		String code = smsCode();
		MockHttpServletResponse waiting = browser.send(secure(get("/api/v1/reissues/" + id)));
		assertThat(str(waiting, "$.step")).isEqualTo("ENTER_PASSCODE");
		assertThat(str(waiting, "$.passcode.channel")).isEqualTo("SMS");
		assertThat(JsonPath.<Integer>read(waiting.getContentAsString(), "$.passcode.secondsUntilResend")).isBetween(100,
				120);

		MockHttpServletResponse verified = browser
			.send(postJson("/api/v1/reissues/" + id + "/passcode", "{\"passcode\":\"%s\"}".formatted(code)));
		assertThat(verified.getStatus()).isEqualTo(200);
		String initialPassword = str(verified, "$.initialPassword");
		assertThat(initialPassword).matches("[A-Za-z0-9]{10}");

		// R-PWD-6: the customer's birth date is refused by the new-password field
		MockHttpServletResponse common = browser.send(postJson("/api/v1/reissues/" + id + "/password",
				"{\"initialPassword\":\"%s\",\"newPassword\":\"Ab19900215\",\"confirmation\":\"Ab19900215\"}"
					.formatted(initialPassword)));
		assertThat(common.getStatus()).isEqualTo(400);
		assertThat(str(common, "$.code")).isEqualTo("PASSWORD_TOO_COMMON");
		assertThat(str(common, "$.field")).isEqualTo("newPassword");
		MockHttpServletResponse changed = browser.send(postJson("/api/v1/reissues/" + id + "/password",
				"{\"initialPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(initialPassword,
						NEW_PASSWORD, NEW_PASSWORD)));
		assertThat(changed.getStatus()).isEqualTo(200);
		new ApplicationJobs(this.runtime, this.management).executeNotices(id);
		MockHttpServletResponse done = browser.send(secure(get("/api/v1/reissues/" + id)));
		assertThat(str(done, "$.status")).isEqualTo("COMPLETED");

		assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), NEW_PASSWORD).getStatus()).isEqualTo(200);
		MockHttpServletResponse again = openLink(new ApiClient(this.mvc), token, "192.0.2.11");
		assertThat(again.getStatus()).isEqualTo(410);
		assertThat(str(again, "$.code")).isEqualTo("LINK_USED");

		assertNoSecretStored(token, code, initialPassword, NEW_PASSWORD);
		assertThat(output.getAll()).doesNotContain(token, code, initialPassword, NEW_PASSWORD);
		assertThat(output.getAll()).contains("reissue " + id + ": link opened");
	}

	@Test
	@DisplayName("R-REISSUE-6: a second browser opening the link mid-journey gets LINK_USED and cannot take over")
	void secondBrowserCannotTakeOver() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		String id = applyAndConfirm(new ApiClient(this.mvc), customer);
		execute(id, ReissueProcess.TASK_SEND_LINK_EMAIL);
		String token = linkToken(linkMail(customer));
		ApiClient first = new ApiClient(this.mvc);
		assertThat(openLink(first, token, "192.0.2.20").getStatus()).isEqualTo(200);
		first.send(postJson("/api/v1/reissues/" + id + "/passcode/request", ""));

		ApiClient second = new ApiClient(this.mvc);
		MockHttpServletResponse refused = openLink(second, token, "192.0.2.21");
		assertThat(refused.getStatus()).isEqualTo(410);
		assertThat(str(refused, "$.code")).isEqualTo("LINK_USED");
		assertThat(str(refused, "$.message")).contains("0800-085-005");
		assertThat(second.send(secure(get("/api/v1/reissues/" + id))).getStatus()).isEqualTo(404);
		assertThat(
				second.send(postJson("/api/v1/reissues/" + id + "/passcode", "{\"passcode\":\"1234567\"}")).getStatus())
			.isEqualTo(404);

		assertThat(str(first.send(secure(get("/api/v1/reissues/" + id))), "$.step")).isIn("PROCESSING",
				"ENTER_PASSCODE");
	}

	@Test
	@DisplayName("R-REISSUE-6: guessed tokens get one 404 LINK_INVALID, then 429 LINK_RATE_LIMITED after 10 a minute")
	void bruteForceIsRateLimited() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		String id = applyAndConfirm(new ApiClient(this.mvc), customer);
		execute(id, ReissueProcess.TASK_SEND_LINK_EMAIL);
		String token = linkToken(linkMail(customer));

		ApiClient attacker = new ApiClient(this.mvc);
		List<String> guesses = new ArrayList<>(List.of("", "x", "A".repeat(43), "A".repeat(500), "' or 1=1 --"));
		while (guesses.size() < 10) {
			guesses.add(LinkToken.generate());
		}
		for (String guess : guesses) {
			MockHttpServletResponse answer = openLink(attacker, guess, "198.51.100.7");
			assertThat(answer.getStatus()).isEqualTo(404);
			assertThat(str(answer, "$.code")).isEqualTo("LINK_INVALID");
		}
		MockHttpServletResponse limited = openLink(attacker, token, "198.51.100.7");
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(str(limited, "$.code")).isEqualTo("LINK_RATE_LIMITED");

		// the right token from another address still works: the limit did not burn it
		assertThat(openLink(new ApiClient(this.mvc), token, "198.51.100.8").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-REISSUE-5: no email on file — step 1 answers 422 CONTACT_DATA_INCOMPLETE with the contact route")
	void missingEmailAnswersDataIncorrect() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		this.testCustomers.contacts(customer, "0912345678", null);
		ApiClient applicant = new ApiClient(this.mvc);
		MockHttpServletResponse answer = start(applicant, customer);
		assertThat(answer.getStatus()).isEqualTo(422);
		assertThat(str(answer, "$.code")).isEqualTo("CONTACT_DATA_INCOMPLETE");
		assertThat(str(answer, "$.message")).contains("0800-085-005").contains("臨櫃");
		assertThat(greenMail.getReceivedMessages()).noneMatch((mail) -> to(mail).contains("nobody"));
	}

	@Test
	@DisplayName("R-REISSUE-6/7/9/11, R-PWD-6: the emailed link as plain pages: GET keeps the link, the forms (with CSRF) "
			+ "open it, get the SMS passcode, show the initial password once and set the new password")
	void linkPages() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		String id = applyAndConfirm(new ApiClient(this.mvc), customer);
		execute(id, ReissueProcess.TASK_SEND_LINK_EMAIL);
		String token = linkToken(linkMail(customer));

		ApiClient browser = new ApiClient(this.mvc);
		MockHttpServletResponse landing = browser.send(secure(get("/reissue/link").param("token", token)));
		assertThat(landing.getStatus()).isEqualTo(200);
		String html = landing.getContentAsString();
		assertThat(html).contains("value=\"" + token + "\"")
			.contains("name=\"_csrf\"")
			// works without script: the page's own scripts only help (focus), no inline
			// code
			.doesNotContainPattern("<script(?![^>]*\\bsrc=)");
		assertThat(this.applications.findById(id).orElseThrow().getLinkOpenedAt()).isNull();

		// the form's hidden CSRF field alone is enough, as a browser without script sends
		// it
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(csrf.find()).isTrue();
		MockHttpServletResponse wrong = this.mvc
			.perform(secure(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/reissue/link"))
				.param("token", LinkToken.generate())
				.param("_csrf", csrf.group(1))
				.cookie(landing.getCookie(ApiClient.CSRF_COOKIE)))
			.andReturn()
			.getResponse();
		assertThat(wrong.getStatus()).isEqualTo(404);
		assertThat(wrong.getContentAsString()).contains("此連結無效或已逾時");

		MockHttpServletResponse opened = browser.send(formPost("/reissue/link").param("token", token));
		assertThat(opened.getStatus()).isEqualTo(302);
		String page = opened.getRedirectedUrl();
		assertThat(page).isEqualTo("/reissue/applications/" + id);
		assertThat(browser.send(secure(get(page))).getContentAsString()).contains("取得暫時通行碼");

		assertThat(browser.send(formPost(page + "/passcode-request")).getStatus()).isEqualTo(302);
		execute(id, PasscodeProcess.TASK_SEND);
		assertThat(browser.send(secure(get(page))).getContentAsString()).contains("後可重發送").contains("驗證通行碼");
		MockHttpServletResponse wrongCode = browser.send(formPost(page + "/passcode").param("passcode", "12"));
		assertThat(wrongCode.getContentAsString()).contains("暫時通行碼錯誤，尚可再輸入 4 次");

		MockHttpServletResponse verified = browser.send(formPost(page + "/passcode").param("passcode", smsCode()));
		Matcher initial = Pattern.compile("class=\"initial\">([A-Za-z0-9]{10})<")
			.matcher(verified.getContentAsString());
		assertThat(initial.find()).as("the initial password on the page").isTrue();
		// R-PWD-6 on the page: shown by the new-password field
		MockHttpServletResponse common = browser
			.send(formPost(page + "/password").param("initialPassword", initial.group(1))
				.param("newPassword", "qwerty123")
				.param("confirmation", "qwerty123"));
		assertThat(common.getContentAsString()).contains("id=\"newPassword-error\"").contains("新密碼過於常見");
		MockHttpServletResponse changed = browser
			.send(formPost(page + "/password").param("initialPassword", initial.group(1))
				.param("newPassword", "Paged1357")
				.param("confirmation", "Paged1357"));
		assertThat(changed.getContentAsString()).contains("變更成功");
		new ApplicationJobs(this.runtime, this.management).executeNotices(id);
		assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), "Paged1357").getStatus()).isEqualTo(200);
		assertThat(browser.send(formPost("/reissue/link").param("token", token)).getContentAsString())
			.contains("此連結已使用過");
	}

	private String applyAndConfirm(ApiClient applicant, Customer customer) throws Exception {
		MockHttpServletResponse started = start(applicant, customer);
		assertThat(started.getStatus()).isEqualTo(201);
		assertThat(str(started, "$.path")).isEqualTo("WITHOUT_CERTIFICATE");
		assertThat(str(started, "$.step")).isEqualTo("CHOOSE_ACCOUNT");
		assertThat(str(started, "$.contacts.email")).isEqualTo("te***@example.com");
		String id = str(started, "$.applicationId");
		Number accountId = JsonPath.read(started.getContentAsString(), "$.accounts[0].accountId");
		MockHttpServletResponse confirmed = applicant.send(
				postJson("/api/v1/reissues/" + id + "/account", "{\"accountId\":%d}".formatted(accountId.longValue())));
		assertThat(confirmed.getStatus()).isEqualTo(200);
		assertThat(str(confirmed, "$.step")).isEqualTo("WAITING_FOR_LINK");
		return id;
	}

	private MockHttpServletResponse start(ApiClient applicant, Customer customer) {
		applicant.send(secure(get("/api/v1/reissues/info")));
		return applicant.send(postJson("/api/v1/reissues",
				"{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId())));
	}

	private MockHttpServletResponse openLink(ApiClient client, String token, String address) {
		client.send(secure(get("/api/v1/reissues/info")));
		return client.send(postJson("/api/v1/reissues/links", "{\"token\":\"%s\"}".formatted(token.replace("'", "")))
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	private static MockHttpServletRequestBuilder formPost(String path) {
		return secure(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED));
	}

	private static MockHttpServletRequestBuilder secure(MockHttpServletRequestBuilder request) {
		return request.secure(true);
	}

	private static MockHttpServletRequestBuilder postJson(String path, String json) {
		return secure(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private void execute(String applicationId, String activityId) {
		Execution execution = this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(applicationId)
			.activityId(activityId)
			.singleResult();
		Job job = this.management.createJobQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.activityId(activityId)
			.singleResult();
		this.management.executeJob(job.getId());
	}

	/** The link mail to this customer, its S/MIME signature verified. */
	private static MimeMessage linkMail(Customer customer) throws Exception {
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
			.filter((m) -> subject(m).equals("凱基證券線上密碼補發無憑證申請"))
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(to(mail)).isEqualTo(customer.getEmail());
		assertThat(mail.getFrom()[0].toString()).contains("no-reply@brokerage.example");
		return mail;
	}

	private static String linkToken(MimeMessage mail) throws Exception {
		assertThat(mail.getContentType()).startsWith("multipart/signed");
		SMIMESigned signed = new SMIMESigned((MimeMultipart) mail.getContent());
		Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
		assertThat(signers).hasSize(1);
		SignerInformation signer = signers.iterator().next();
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> holders = signed.getCertificates().getMatches(signer.getSID());
		X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holders.iterator().next());
		assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
		MimeMultipart alternative = (MimeMultipart) signed.getContent().getContent();
		String text = null;
		for (int i = 0; i < alternative.getCount(); i++) {
			BodyPart part = alternative.getBodyPart(i);
			if (part.isMimeType("text/plain")) {
				text = (String) part.getContent();
			}
		}
		assertThat(text).contains("請您於24小時內點開下方連結").contains("啟動電子登入密碼");
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("the link in the mail").isTrue();
		return link.group(1);
	}

	/** The code in the last SMS WireMock received through the Twilio SDK. */
	private static String smsCode() {
		List<LoggedRequest> requests = twilio.findAll(
				com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathMatching(".*/Messages.json")));
		String form = requests.get(requests.size() - 1).getBodyAsString();
		Matcher code = SMS_CODE.matcher(URLDecoder.decode(form, StandardCharsets.UTF_8));
		assertThat(code.find()).as("a passcode SMS").isTrue();
		return code.group(1);
	}

	/**
	 * R-PWD-5: none of the journey's secrets in the engine's variables, history and byte
	 * arrays, its jobs, or our own tables.
	 */
	private void assertNoSecretStored(String token, String code, String... passwords) {
		assertThat(EngineSecretScan.find(this.jdbc, passwords)).isEmpty();
		assertThat(EngineSecretScan.find(this.jdbc, token)).isEmpty();
		Pattern passcode = Pattern.compile("(?<!\\d)" + code + "(?!\\d)");
		for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY",
				"ACT_RU_JOB", "ACT_HI_JOB_LOG", "ACT_HI_OP_LOG", "REISSUE_APPLICATION", "PASSCODE", "AUDIT_RECORD")) {
			for (Map<String, Object> row : this.jdbc.queryForList("select * from " + table)) {
				for (Object value : row.values()) {
					String text = (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
							: String.valueOf(value);
					assertThat(text).as(table).doesNotContain(token).doesNotContain(passwords);
					assertThat(passcode.matcher(text).find()).as(table + " holds the passcode").isFalse();
				}
			}
		}
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String to(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String str(MockHttpServletResponse response, String path) throws Exception {
		return JsonPath.read(response.getContentAsString(), path);
	}

}
