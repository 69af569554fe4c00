package com.brokerage.passwordcenter.unlock;

import java.time.Instant;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeRecipient;
import com.brokerage.passwordcenter.passcode.PasscodeSender;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/**
 * The online unlock through the API with a device certificate (R-UNLOCK-1..4,
 * R-LOGIN-3..5).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class OnlineUnlockApiTest {

	static final TestPki pki = TestPki.create(Instant.now());

	private static final String BIRTH = "19900215";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	ManagementService management;

	@MockitoBean
	PasscodeSender passcodeSender;

	@DynamicPropertySource
	static void deviceCa(DynamicPropertyRegistry registry) {
		pki.registerAsDeviceCa(registry);
	}

	@Test
	@DisplayName("R-LOGIN-3/4/5: unlock online, log in with the original password; 3 more failures → no unlock, reissue works")
	void unlockOnceThenReissueOnly() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient device = device(customer);
		failLogins(device, customer, 3);

		MockHttpServletResponse unlocked = unlock(device, customer.getCustomerId(), BIRTH);
		assertThat(unlocked.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(unlocked.getContentAsString(), "$.outcome")).isEqualTo("UNLOCKED");
		assertThat(device.login(customer.getCustomerId(), "Right1234").getStatus()).isEqualTo(200);

		// the successful login made the unlock available again (R-LOGIN-5); use it up and
		// fail 3 more times
		failLogins(device, customer, 3);
		assertThat(unlock(device, customer.getCustomerId(), BIRTH).getStatus()).isEqualTo(200);
		failLogins(device, customer, 3);
		MockHttpServletResponse refused = unlock(device, customer.getCustomerId(), BIRTH);
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat((String) JsonPath.read(refused.getContentAsString(), "$.code")).isEqualTo("UNLOCK_REISSUE_ONLY");
		assertThat(device.login(customer.getCustomerId(), "Right1234").getStatus()).isEqualTo(423);

		// R-LOGIN-4: the reissue still works and clears the lock
		reissue(device, customer, "Renewed12");
		assertThat(device.login(customer.getCustomerId(), "Renewed12").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-UNLOCK-3: without a valid certificate of this customer the unlock is refused with the other routes")
	void certificateRequired() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		this.testCustomers.lock(customer);
		ApiClient noCertificate = new ApiClient(this.mvc).overTls();
		noCertificate.get("/api/v1/captcha");
		MockHttpServletResponse refused = unlock(noCertificate, customer.getCustomerId(), BIRTH);
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat((String) JsonPath.read(refused.getContentAsString(), "$.code")).isEqualTo("UNLOCK_NO_CERTIFICATE");
		assertThat((String) JsonPath.read(refused.getContentAsString(), "$.message")).contains("0800-085-005", "補發");

		ApiClient otherDevice = new ApiClient(this.mvc).withCertificate(pki.valid(TestIds.nationalId()).chain());
		otherDevice.get("/api/v1/captcha");
		assertThat(unlock(otherDevice, customer.getCustomerId(), BIRTH).getStatus()).isEqualTo(403);
		assertThat(this.testCustomers.reload(customer).isLocked()).isTrue();
	}

	@Test
	@DisplayName("R-UNLOCK-1/2: wrong birth date → identity mismatch; not locked → told to log in, unlock is not for a forgotten password")
	void otherAnswers() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient device = device(customer);
		MockHttpServletResponse notLocked = unlock(device, customer.getCustomerId(), BIRTH);
		assertThat((String) JsonPath.read(notLocked.getContentAsString(), "$.code")).isEqualTo("UNLOCK_NOT_LOCKED");
		assertThat((String) JsonPath.read(notLocked.getContentAsString(), "$.message")).contains("補發");
		this.testCustomers.lock(customer);
		MockHttpServletResponse mismatch = unlock(device, customer.getCustomerId(), "19900101");
		assertThat((String) JsonPath.read(mismatch.getContentAsString(), "$.code")).isEqualTo("IDENTITY_MISMATCH");
		assertThat(unlock(device, customer.getCustomerId(), "2002-02-01").getStatus()).isEqualTo(400);
	}

	@Test
	@DisplayName("R-REISSUE-12 applies to the unlock too: plain HTTP is refused")
	void tlsRequired() throws Exception {
		ApiClient plain = new ApiClient(this.mvc);
		plain.get("/api/v1/captcha");
		assertThat(unlock(plain, "A123456789", BIRTH).getStatus()).isEqualTo(403);
	}

	private ApiClient device(Customer customer) {
		ApiClient device = new ApiClient(this.mvc).withCertificate(pki.valid(customer.getCustomerId()).chain());
		device.get("/api/v1/captcha");
		return device;
	}

	private void failLogins(ApiClient client, Customer customer, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			client.login(customer.getCustomerId(), "Wrong" + (7000 + i));
		}
	}

	private static MockHttpServletResponse unlock(ApiClient client, String nationalId, String birthDate) {
		return client.post("/api/v1/unlocks",
				"{\"nationalId\":\"%s\",\"birthDate\":\"%s\"}".formatted(nationalId, birthDate));
	}

	private void reissue(ApiClient device, Customer customer, String newPassword) throws Exception {
		String started = device
			.post("/api/v1/reissues",
					"{\"nationalId\":\"%s\",\"birthDate\":\"%s\"}".formatted(customer.getCustomerId(), BIRTH))
			.getContentAsString();
		String id = JsonPath.read(started, "$.applicationId");
		Integer account = JsonPath.read(started, "$.accounts[0].accountId");
		device.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + account + "}");
		device.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"SMS\"}");
		this.management.createJobQuery().messages().list().forEach((job) -> {
			try {
				this.management.executeJob(job.getId());
			}
			catch (RuntimeException ex) {
				// jobs of other tests' applications may fail here; only this
				// application's send matters
			}
		});
		ArgumentCaptor<String> code = ArgumentCaptor.forClass(String.class);
		verify(this.passcodeSender, atLeastOnce()).send(any(PasscodeRecipient.class), code.capture(), any(), any());
		String verified = device
			.post("/api/v1/reissues/" + id + "/passcode", "{\"passcode\":\"" + code.getValue() + "\"}")
			.getContentAsString();
		String initial = JsonPath.read(verified, "$.initialPassword");
		assertThat(device
			.post("/api/v1/reissues/" + id + "/password",
					"{\"initialPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(initial,
							newPassword, newPassword))
			.getStatus()).isEqualTo(200);
	}

}
