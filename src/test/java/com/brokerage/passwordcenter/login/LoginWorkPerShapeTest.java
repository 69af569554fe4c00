package com.brokerage.passwordcenter.login;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a login attempt costs the same slow-hash work whatever the customer's shape,
 * counted by {@code password_center_password_hashes_total} as operators see it. Timing is
 * measured by the benchmark ({@code benchmark/LoginShapes}), never here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class LoginWorkPerShapeTest {

	private static final String PASSWORD = "Shape1234";

	private static final String WRONG = "Wrong5678";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("R-LOGIN-1: one slow hash per attempt, wrong password, for every shape: unknown ID, 1/3/6 accounts, unified, no accounts, first and final lock")
	void oneSlowHashPerWrongAttempt() throws Exception {
		Map<String, Double> perShape = new LinkedHashMap<>();
		for (Map.Entry<String, Supplier<String>> shape : shapes().entrySet()) {
			String id = shape.getValue().get();
			// twice: the second attempt of an ID costs what the first did
			for (int attempt = 1; attempt <= 2; attempt++) {
				double before = slowHashes();
				MockHttpServletResponse answer = new ApiClient(this.mvc).login(id, WRONG);
				perShape.put(shape.getKey() + " #" + attempt, slowHashes() - before);
				assertThat(answer.getStatus()).as(shape.getKey()).isIn(401, 423);
			}
		}
		assertThat(perShape).allSatisfy((shape, hashes) -> assertThat(hashes).as(shape).isEqualTo(1.0));
		assertThat(perShape).hasSize(16);
	}

	@Test
	@DisplayName("R-LOGIN-1: the right password costs the same one slow hash, for 1, 3 and 6 accounts with different passwords and unified")
	void oneSlowHashPerRightAttempt() throws Exception {
		Map<String, Customer> shapes = new LinkedHashMap<>();
		shapes.put("1 account", this.testCustomers.withAccounts(1, PASSWORD));
		shapes.put("3 accounts", this.testCustomers.withAccounts(3, PASSWORD));
		shapes.put("6 accounts", this.testCustomers.withAccounts(6, PASSWORD));
		for (Map.Entry<String, Customer> shape : shapes.entrySet()) {
			// the last account's password: every verifier before it was compared too
			int accounts = this.testCustomers.accounts(shape.getValue()).size();
			double before = slowHashes();
			MockHttpServletResponse answer = new ApiClient(this.mvc).login(shape.getValue().getCustomerId(),
					PASSWORD + (accounts - 1));
			assertThat(slowHashes() - before).as(shape.getKey()).isEqualTo(1.0);
			assertThat(answer.getStatus()).as(shape.getKey()).isEqualTo(200);
			assertThat(JsonPath.<java.util.List<Object>>read(answer.getContentAsString(), "$.matchedAccountIds"))
				.hasSize(1);
		}
		Customer unified = this.testCustomers.unified(PASSWORD);
		double before = slowHashes();
		MockHttpServletResponse answer = new ApiClient(this.mvc).login(unified.getCustomerId(), PASSWORD);
		assertThat(slowHashes() - before).as("unified").isEqualTo(1.0);
		assertThat(answer.getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-LOGIN-1: an unknown ID's attempt writes a failure count under a row lock as a known ID's wrong password does, with no customer row and no ID kept")
	void unknownIdWritesLikeAWrongPassword() throws Exception {
		String id = TestIds.nationalId();
		long before = unknownIdAttempts();
		long customers = this.jdbc.queryForObject("select count(*) from customer", Long.class);

		for (int attempt = 1; attempt <= 2; attempt++) {
			assertThat(new ApiClient(this.mvc).login(id, WRONG).getStatus()).isEqualTo(401);
		}

		assertThat(unknownIdAttempts() - before).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select attempts from login_unknown_id_bucket where bucket = ?", Long.class,
				Math.floorMod(id.hashCode(), UnknownIdAttempts.BUCKETS)))
			.isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from customer", Long.class)).isEqualTo(customers);
	}

	private long unknownIdAttempts() {
		return this.jdbc.queryForObject("select sum(attempts) from login_unknown_id_bucket", Long.class);
	}

	private Map<String, Supplier<String>> shapes() {
		Map<String, Supplier<String>> shapes = new LinkedHashMap<>();
		shapes.put("unknown ID", TestIds::nationalId);
		shapes.put("1 account", () -> this.testCustomers.withAccounts(1, PASSWORD).getCustomerId());
		shapes.put("3 accounts", () -> this.testCustomers.withAccounts(3, PASSWORD).getCustomerId());
		shapes.put("6 accounts", () -> this.testCustomers.withAccounts(6, PASSWORD).getCustomerId());
		shapes.put("unified", () -> this.testCustomers.unified(PASSWORD).getCustomerId());
		shapes.put("no accounts", () -> this.testCustomers.withAccounts(0, PASSWORD).getCustomerId());
		shapes.put("first lock", () -> {
			Customer customer = this.testCustomers.withAccounts(3, PASSWORD);
			this.testCustomers.lock(customer);
			return customer.getCustomerId();
		});
		shapes.put("final lock", () -> {
			Customer customer = this.testCustomers.withAccounts(3, PASSWORD);
			this.testCustomers.lock(customer);
			this.testCustomers.unlock(customer);
			this.testCustomers.lock(customer);
			return customer.getCustomerId();
		});
		return shapes;
	}

	/**
	 * Every slow hash the app did, whatever its tag: a shape doing a legacy check or a
	 * second derivation would show here.
	 */
	private double slowHashes() {
		return this.meters.find("password.center.password.hashes")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

}
