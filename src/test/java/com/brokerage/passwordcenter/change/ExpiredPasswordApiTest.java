package com.brokerage.passwordcenter.change;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.HttpApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-CHANGE-2 enforced over real HTTP, as docs/api.md's walk-through calls it: a login
 * with an expired password succeeds only into a forced change; every other customer API
 * answers 403 {@code PASSWORD_EXPIRED} until the password is changed, then all is open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestCustomers.class)
class ExpiredPasswordApiTest {

	private static final String SECURITIES = "Expir1234";

	private static final String FUTURES = "Futur1234";

	private static final String NEW_PASSWORD = "Renew5678";

	@LocalServerPort
	int port;

	@Autowired
	TestCustomers customers;

	@Autowired
	JdbcTemplate jdbc;

	HttpApiClient client;

	@BeforeEach
	void client() {
		this.client = new HttpApiClient("http://localhost:" + this.port, null);
	}

	@Test
	@DisplayName("R-CHANGE-2: an expired password logs in only into a forced change; other APIs answer 403 PASSWORD_EXPIRED until it is changed")
	void expiredPasswordForcesTheChange() {
		Customer customer = this.customers.split(SECURITIES, FUTURES);
		Account securities = this.customers.accounts(customer).get(0);
		expire(securities, yesterday());

		HttpResponse<String> login = this.client.login(customer.getCustomerId(), SECURITIES);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(login.body(), "$.mustChangePassword")).isTrue();
		assertThat(JsonPath.<List<Integer>>read(login.body(), "$.expiredAccountIds"))
			.containsExactly(securities.getId().intValue());
		HttpResponse<String> me = this.client.get("/api/v1/me");
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(me.body(), "$.mustChangePassword")).isTrue();

		HttpResponse<String> refused = this.client.post("/api/v1/me/unification", "{}");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("PASSWORD_EXPIRED");
		assertThat(JsonPath.<String>read(refused.body(), "$.message")).isEqualTo("您的網路登入密碼已到期，請先變更密碼。");
		assertThat(refused.body()).contains("\"field\":null");

		// the change itself stays open: the table says which account, then the change
		HttpResponse<String> table = this.client.get("/api/v1/me/accounts");
		assertThat(table.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(table.body(), "$.mustChangePassword")).isTrue();
		assertThat(JsonPath.<String>read(table.body(), "$.accounts[0].expiryStatus")).isEqualTo("EXPIRED");
		HttpResponse<String> changed = this.client.post("/api/v1/me/accounts/" + securities.getId() + "/password",
				change(SECURITIES, NEW_PASSWORD));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

		HttpResponse<String> freed = this.client.get("/api/v1/me");
		assertThat(freed.statusCode()).as(freed.body()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(freed.body(), "$.mustChangePassword")).isFalse();
		HttpResponse<String> open = this.client.post("/api/v1/me/unification", "{}");
		assertThat(open.statusCode()).as(open.body()).isEqualTo(201);
		// and the next login with the new password is an ordinary one
		HttpApiClient next = new HttpApiClient("http://localhost:" + this.port, null);
		HttpResponse<String> again = next.login(customer.getCustomerId(), NEW_PASSWORD);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(again.body(), "$.mustChangePassword")).isFalse();
	}

	@Test
	@DisplayName("R-CHANGE-2: a unified customer with an expired password is held until the one change of every account")
	void unifiedCustomerChangesAll() {
		Customer customer = this.customers.unified(SECURITIES);
		for (Account account : this.customers.accounts(customer)) {
			expire(account, today());
		}
		HttpResponse<String> login = this.client.login(customer.getCustomerId(), SECURITIES);
		assertThat(JsonPath.<Boolean>read(login.body(), "$.mustChangePassword")).isTrue();
		assertThat(JsonPath.<List<Integer>>read(login.body(), "$.expiredAccountIds")).hasSize(2);
		assertThat(this.client.post("/api/v1/me/unification", "{}").statusCode()).isEqualTo(403);

		HttpResponse<String> changed = this.client.post("/api/v1/me/password", change(SECURITIES, NEW_PASSWORD));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		HttpResponse<String> me = this.client.get("/api/v1/me");
		assertThat(JsonPath.<Boolean>read(me.body(), "$.mustChangePassword")).isFalse();
		assertThat(JsonPath.<List<Integer>>read(me.body(), "$.expiredAccountIds")).isEmpty();
		// unified already: the unification answers its own refusal, no longer the expiry
		HttpResponse<String> unification = this.client.post("/api/v1/me/unification", "{}");
		assertThat(JsonPath.<String>read(unification.body(), "$.code")).isEqualTo("ALREADY_UNIFIED");
	}

	@Test
	@DisplayName("R-CHANGE-2: only accounts this login opened count; a valid password with another account expired logs in as usual")
	void otherAccountsDoNotHoldTheSession() {
		Customer customer = this.customers.split(SECURITIES, FUTURES);
		Account futures = this.customers.accounts(customer).get(1);
		expire(futures, yesterday());
		// expiring tomorrow is not expired yet
		expire(this.customers.accounts(customer).get(0), today().plusDays(1));

		HttpResponse<String> login = this.client.login(customer.getCustomerId(), SECURITIES);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(login.body(), "$.mustChangePassword")).isFalse();
		assertThat(this.client.post("/api/v1/me/unification", "{}").statusCode()).isEqualTo(201);
	}

	/**
	 * An expiry date as PasswordExpiry reads it (R-CHANGE-2: expired from that day on).
	 */
	private void expire(Account account, LocalDate expiresOn) {
		this.jdbc.update("update account set password_expires_on = ? where id = ?", expiresOn, account.getId());
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Taipei"));
	}

	private static LocalDate yesterday() {
		return today().minusDays(1);
	}

	private static String change(String oldPassword, String newPassword) {
		return "{\"oldPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(oldPassword,
				newPassword, newPassword);
	}

}
