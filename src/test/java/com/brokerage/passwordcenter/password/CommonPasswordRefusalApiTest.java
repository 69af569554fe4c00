package com.brokerage.passwordcenter.password;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-PWD-6 on every API path where a customer sets a web password: the change (unified
 * form and one account) and the unification. The reissue's new-password step is shown in
 * {@code reissue/ReissueWithCertificateJourneyTest} and
 * {@code reissue/ReissueWithoutCertificateApiTest}, the pages in
 * {@code portal/ChangePagesTest} and {@code portal/ReissueWithCertificatePagesTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class CommonPasswordRefusalApiTest {

	private static final String OLD = "Right1234";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	MeterRegistry meters;

	ApiClient client;

	@BeforeEach
	void newClient() {
		this.client = new ApiClient(this.mvc);
	}

	@Test
	@DisplayName("R-PWD-6: the unified change refuses a common password and the customer's ID, by the newPassword field, before any slow hash; nothing changes and nothing counts")
	void unifiedChange() throws Exception {
		Customer customer = this.testCustomers.unified(OLD);
		login(customer);
		double hashes = hashes();
		assertRefused(this.client.post("/api/v1/me/password", change(OLD, "Password1")), "常見密碼");
		assertRefused(this.client.post("/api/v1/me/password", change(OLD, customer.getCustomerId().toLowerCase())),
				"身分證字號");
		assertThat(hashes() - hashes).isZero();
		MockHttpServletResponse english = this.client.english().post("/api/v1/me/password", change(OLD, "Qwerty123"));
		assertThat(english.getStatus()).isEqualTo(400);
		assertThat(str(english, "$.message")).contains("too common");
		for (Account account : this.testCustomers.accounts(customer)) {
			assertThat(this.testCustomers.webPasswordIs(account, OLD)).isTrue();
		}
		assertThat(this.testCustomers.reload(customer).getFailedLogins()).isZero();
		// a password that is neither still goes through
		assertThat(this.client.post("/api/v1/me/password", change(OLD, "Fresh1234")).getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-PWD-6: one account's change refuses the birth date (YYYYMMDD, in any case of the letters around it)")
	void accountChange() throws Exception {
		Customer customer = this.testCustomers.split(OLD, "Other1234");
		login(customer);
		Long securities = this.testCustomers.accounts(customer).get(0).getId();
		String path = "/api/v1/me/accounts/" + securities + "/password";
		assertRefused(this.client.post(path, change(OLD, "AB19900215")), "生日");
		assertRefused(this.client.post(path, change(OLD, "abcd1234")), "常見密碼");
		assertThat(this.testCustomers.webPasswordIs(this.testCustomers.accounts(customer).get(0), OLD)).isTrue();
	}

	@Test
	@DisplayName("R-PWD-6: the unification refuses the company's romanised name; the customer stays non-unified")
	void unification() throws Exception {
		Customer customer = this.testCustomers.split(OLD, "Other1234");
		login(customer);
		String id = str(this.client.post("/api/v1/me/unification", ""), "$.applicationId");
		assertRefused(this.client.post("/api/v1/me/unification/" + id, change(OLD, "Kgi888888")), "公司名稱");
		assertRefused(this.client.post("/api/v1/me/unification/" + id, change(OLD, "1q2w3e4r")), "常見密碼");
		assertThat(this.testCustomers.reload(customer).isUnified()).isFalse();
		assertThat(this.client.post("/api/v1/me/unification/" + id, change(OLD, "Unify2024")).getStatus())
			.isEqualTo(200);
	}

	private void assertRefused(MockHttpServletResponse answer, String text) throws Exception {
		assertThat(answer.getStatus()).isEqualTo(400);
		assertThat(str(answer, "$.code")).isEqualTo("PASSWORD_TOO_COMMON");
		assertThat(str(answer, "$.field")).isEqualTo("newPassword");
		assertThat(str(answer, "$.message")).contains(text);
	}

	private void login(Customer customer) throws Exception {
		assertThat(this.client.login(customer.getCustomerId(), OLD).getStatus()).isEqualTo(200);
		assertThat(this.client.get("/api/v1/me").getStatus()).isEqualTo(200);
	}

	private double hashes() {
		return this.meters.find("password.center.password.hashes")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	private static String change(String oldPassword, String newPassword) {
		return "{\"oldPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(oldPassword,
				newPassword, newPassword);
	}

	private static String str(MockHttpServletResponse response, String path) throws Exception {
		return JsonPath.read(response.getContentAsString(), path);
	}

}
