package com.brokerage.passwordcenter.portal;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeRecipient;
import com.brokerage.passwordcenter.passcode.PasscodeSender;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/**
 * The pages of the reissue with a device certificate and of a successful online unlock.
 * Headless Chromium cannot be made to present a client certificate here without changing
 * the machine's certificate store, so these pages run over MockMvc with the certificate
 * as Tomcat hands it to the app ({@link ApiClient#withCertificate}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class ReissueWithCertificatePagesTest {

	static final TestPki pki = TestPki.create(Instant.now());

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@MockitoBean
	PasscodeSender passcodeSender;

	@DynamicPropertySource
	static void deviceCa(DynamicPropertyRegistry registry) {
		pki.registerAsDeviceCa(registry);
	}

	@Test
	@DisplayName("R-REISSUE-3/4/7..11 as pages: account, channel (masked contacts), passcode with countdowns, "
			+ "initial password once, bad new password next to its field (R-PWD-6 too), success, login with the new password")
	void wholeJourney() throws Exception {
		Customer customer = this.testCustomers.split("Forgot123", "Other1234");
		this.testCustomers.lock(customer);
		ApiClient device = new ApiClient(this.mvc).withCertificate(pki.valid(customer.getCustomerId()).chain());
		device.send(get("/reissue"));
		String page = device
			.send(form("/reissue").param("nationalId", customer.getCustomerId()).param("birthDate", "19900215"))
			.getRedirectedUrl();
		assertThat(page).startsWith("/reissue/applications/");

		String accounts = device.send(get(page)).getContentAsString();
		assertThat(accounts).contains("有效電子憑證").contains("證券").contains("期貨").doesNotContain("無憑證");
		Matcher account = Pattern.compile("name=\"accountId\" id=\"account-0\" value=\"(\\d+)\"").matcher(accounts);
		assertThat(account.find()).isTrue();
		assertThat(device.send(form(page + "/account").param("accountId", account.group(1))).getRedirectedUrl())
			.isEqualTo(page);

		String channels = device.send(get(page)).getContentAsString();
		assertThat(channels).contains("簡訊至手機 0912***678").contains("Email 至 te***@example.com");
		assertThat(device.send(form(page + "/channel").param("channel", "SMS")).getRedirectedUrl()).isEqualTo(page);
		assertThat(device.send(get(page)).getContentAsString()).contains("http-equiv=\"refresh\"").contains("處理中");

		executeSendJobs(page.substring(page.lastIndexOf('/') + 1));
		String passcodePage = device.send(get(page)).getContentAsString();
		assertThat(passcodePage).contains("/portal/countdown.js")
			.containsPattern("id=\"resend-countdown\" data-countdown=\"1[01]\\d\"")
			.containsPattern("id=\"expiry-countdown\" data-countdown=\"(2\\d\\d|300)\"")
			.contains("後可重發送");
		String early = device.send(form(page + "/passcode-resend")).getContentAsString();
		assertThat(early).contains("秒後可重發送");

		MockHttpServletResponse wrong = device.send(form(page + "/passcode").param("passcode", "0000000"));
		assertThat(wrong.getContentAsString()).contains("id=\"passcode-error\"").contains("尚可再輸入 4 次");

		String verified = device.send(form(page + "/passcode").param("passcode", lastPasscode())).getContentAsString();
		Matcher initial = Pattern.compile("class=\"initial\">([A-Za-z0-9]{10})<").matcher(verified);
		assertThat(initial.find()).isTrue();
		assertThat(device.send(get(page)).getContentAsString()).as("shown once")
			.doesNotContain(initial.group(1))
			.contains("id=\"initialPassword\"");

		String mismatch = device
			.send(form(page + "/password").param("initialPassword", initial.group(1))
				.param("newPassword", "Brand1234")
				.param("confirmation", "Brand9999"))
			.getContentAsString();
		assertThat(mismatch).contains("id=\"confirmation-error\"").contains("兩次輸入的新密碼不一致").doesNotContain("Brand1234");
		// R-PWD-6: a common password is shown by the new-password field
		String common = device
			.send(form(page + "/password").param("initialPassword", initial.group(1))
				.param("newPassword", "Password1")
				.param("confirmation", "Password1"))
			.getContentAsString();
		assertThat(common).contains("id=\"newPassword-error\"").contains("新密碼過於常見");
		String changed = device
			.send(form(page + "/password").param("initialPassword", initial.group(1))
				.param("newPassword", "Brand1234")
				.param("confirmation", "Brand1234"))
			.getContentAsString();
		assertThat(changed).contains("變更成功").contains("4050-0588");
		assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), "Brand1234").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-UNLOCK-1..4 as a page: a locked customer with this device's certificate is unlocked once")
	void unlockWithCertificate() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.lock(customer);
		ApiClient device = new ApiClient(this.mvc).withCertificate(pki.valid(customer.getCustomerId()).chain());
		device.send(get("/unlock"));
		MockHttpServletResponse unlocked = device
			.send(form("/unlock").param("nationalId", customer.getCustomerId()).param("birthDate", "19900215"));
		assertThat(unlocked.getStatus()).isEqualTo(200);
		assertThat(unlocked.getContentAsString()).contains("id=\"unlocked\"").contains("解鎖成功");
		MockHttpServletResponse again = device
			.send(form("/unlock").param("nationalId", customer.getCustomerId()).param("birthDate", "19900215"));
		assertThat(again.getContentAsString()).contains("data-code=\"UNLOCK_NOT_LOCKED\"");
	}

	private void executeSendJobs(String applicationId) {
		this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.list()
			.forEach((instance) -> {
				for (Job job : this.management.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
					this.management.executeJob(job.getId());
				}
			});
	}

	private String lastPasscode() {
		ArgumentCaptor<String> code = ArgumentCaptor.forClass(String.class);
		verify(this.passcodeSender, atLeastOnce()).send(any(PasscodeRecipient.class), code.capture());
		return code.getValue();
	}

	private static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML);
	}

	private static MockHttpServletRequestBuilder form(String path) {
		return MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
	}

}
