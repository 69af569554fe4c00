package com.brokerage.passwordcenter.operations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeRecipient;
import com.brokerage.passwordcenter.passcode.PasscodeSender;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.ApplicationJobs;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/** R-OPS-4 for operators: the audit trail by customer, day and action, paged. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class OperatorAuditApiTest {

	private static final TestPki pki = TestPki.create(Instant.now());

	private static final String OPERATOR = "operator:operator-test";

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
	@DisplayName("R-OPS-4: after a lockout and a reissue the operator finds every record of the customer, none holding a secret")
	void recordsOfACustomerHoldNoSecret() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient device = new ApiClient(this.mvc).withCertificate(pki.valid(customer.getCustomerId()).chain());
		device.get("/api/v1/captcha");
		for (int i = 0; i < 3; i++) {
			device.login(customer.getCustomerId(), "Wrong" + (2000 + i));
		}
		String[] secrets = reissue(device, customer, "Brand1234");

		String body = audit("customer=" + customer.getCustomerId() + "&size=200").getContentAsString();
		List<String> actions = JsonPath.read(body, "$.items[*].action");
		assertThat(actions).contains("LOGIN", "LOCK", "REISSUE_APPLY", "REISSUE_VERIFY", "REISSUE_COMPLETE", "UNLOCK");
		assertThat(JsonPath.<List<Integer>>read(body, "$.items[*].customerRef"))
			.containsOnly(customer.getId().intValue());
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].subject"))
			.containsOnly(customer.getMaskedCustomerId());
		// newest first
		List<String> times = JsonPath.read(body, "$.items[*].occurredAt");
		assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(body).doesNotContain(customer.getCustomerId()).doesNotContain(secrets).doesNotContain("Wrong2000");
	}

	@Test
	@DisplayName("paging, action and day filters; attempts on unknown IDs are found by the ID typed")
	void pagingAndFilters() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		ApiClient client = new ApiClient(this.mvc);
		for (int i = 0; i < 3; i++) {
			client.login(customer.getCustomerId(), "Wrong" + (3000 + i));
		}
		String query = "customer=" + customer.getCustomerId();

		String firstPage = audit(query + "&size=2").getContentAsString();
		assertThat(JsonPath.<List<Object>>read(firstPage, "$.items")).hasSize(2);
		assertThat((Integer) JsonPath.read(firstPage, "$.totalElements")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(firstPage, "$.totalPages")).isEqualTo(2);
		String secondPage = audit(query + "&size=2&page=1").getContentAsString();
		assertThat(JsonPath.<List<Object>>read(secondPage, "$.items")).hasSize(2);
		assertThat(JsonPath.<List<Integer>>read(secondPage, "$.items[*].id"))
			.doesNotContainAnyElementsOf(JsonPath.<List<Integer>>read(firstPage, "$.items[*].id"));

		String locks = audit(query + "&action=LOCK").getContentAsString();
		assertThat(JsonPath.<List<String>>read(locks, "$.items[*].outcome"))
			.containsExactly("FAILURES_UNLOCK_AVAILABLE");

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
		assertThat((Integer) JsonPath.read(audit(query + "&from=" + today + "&to=" + today).getContentAsString(),
				"$.totalElements"))
			.isEqualTo(4);
		assertThat((Integer) JsonPath.read(audit(query + "&to=" + today.minusDays(1)).getContentAsString(),
				"$.totalElements"))
			.isZero();

		String unknown = TestIds.nationalId();
		client.login(unknown, "Whatever1");
		String attempts = audit("customer=" + unknown + "&action=LOGIN").getContentAsString();
		assertThat(JsonPath.<List<String>>read(attempts, "$.items[*].outcome")).contains("UNKNOWN_ID");
		assertThat(attempts).doesNotContain(unknown);
	}

	@Test
	@DisplayName("operators only: 401 without credentials (JSON error), 400 on a bad page size or ID")
	void accessAndBadInput() throws Exception {
		MockHttpServletResponse anonymous = new ApiClient(this.mvc).get("/api/v1/operator/audit");
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat((String) JsonPath.read(anonymous.getContentAsString(), "$.code")).isEqualTo("NOT_AUTHENTICATED");
		MockHttpServletResponse tooBig = audit("size=1000");
		assertThat(tooBig.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(tooBig.getContentAsString(), "$.field")).isEqualTo("size");
		assertThat(audit("customer=nonsense").getStatus()).isEqualTo(400);
		assertThat(audit("action=NOT_AN_ACTION").getStatus()).isEqualTo(400);
	}

	/** A whole reissue; returns the secrets used in it. */
	private String[] reissue(ApiClient device, Customer customer, String newPassword) throws Exception {
		String started = device
			.post("/api/v1/reissues",
					"{\"nationalId\":\"%s\",\"birthDate\":\"19900215\"}".formatted(customer.getCustomerId()))
			.getContentAsString();
		String id = JsonPath.read(started, "$.applicationId");
		Integer account = JsonPath.read(started, "$.accounts[0].accountId");
		device.post("/api/v1/reissues/" + id + "/account", "{\"accountId\":" + account + "}");
		device.post("/api/v1/reissues/" + id + "/channel", "{\"channel\":\"SMS\"}");
		new ApplicationJobs(this.runtime, this.management).executeMessages(id);
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
		return new String[] { code.getValue(), initial, newPassword, "Right1234" };
	}

	private MockHttpServletResponse audit(String query) {
		return new ApiClient(this.mvc).send(MockMvcRequestBuilders.get("/api/v1/operator/audit?" + query)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(OPERATOR.getBytes(StandardCharsets.UTF_8))));
	}

}
