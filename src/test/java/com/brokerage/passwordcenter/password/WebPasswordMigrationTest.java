package com.brokerage.passwordcenter.password;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.customer.Account;
import com.brokerage.passwordcenter.customer.AccountRepository;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/decisions.md#hashing, storage and migration: legacy hashes (the customer import's
 * {@code {bcrypt}}, {@code {pbkdf2}}, {@code {scrypt}}, {@code {argon2}}) verify until
 * the next successful login re-hashes them; a key of a lower cost than configured is
 * raised at a login that proves every account's password. This context runs at bcrypt
 * cost 5, so cost 4 is "outdated".
 */
@SpringBootTest(properties = "password-center.hashing.bcrypt-strength=5")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestCustomers.class)
class WebPasswordMigrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	WebPasswords webPasswords;

	@Autowired
	CustomerRepository customers;

	@Autowired
	AccountRepository accounts;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	@DisplayName("R-PWD-5: each accepted legacy format verifies once, costs one legacy check per legacy account, and is re-hashed by its successful login")
	void legacyFormatsUpgradedAtLogin() throws Exception {
		Map<String, String> passwords = Map.of("bcrypt", "Bcrypt123", "pbkdf2", "Pbkdf2123", "scrypt", "Scrypt123",
				"argon2", "Argon2123");
		List<String> ids = List.of("bcrypt", "pbkdf2", "scrypt", "argon2");
		Customer customer = this.testCustomers.withLegacyHashes(
				"{bcrypt}" + new BCryptPasswordEncoder(4).encode("Bcrypt123"),
				"{pbkdf2}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5().encode("Pbkdf2123"),
				// scrypt and Argon2 hashes carry their parameters: small ones keep the
				// test fast
				"{scrypt}" + new SCryptPasswordEncoder(1024, 8, 1, 32, 16).encode("Scrypt123"),
				"{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 1024, 2).encode("Argon2123"));
		assertThat(this.testCustomers.reload(customer).getWebPasswordSalt()).isNull();
		for (int i = 0; i < ids.size(); i++) {
			Account account = this.testCustomers.accounts(customer).get(i);
			double checks = count("check");
			double legacy = count("legacy-check");
			MockHttpServletResponse login = new ApiClient(this.mvc).login(customer.getCustomerId(),
					passwords.get(ids.get(i)));
			assertThat(login.getStatus()).as(ids.get(i)).isEqualTo(200);
			assertThat(JsonPath.<List<Integer>>read(login.getContentAsString(), "$.matchedAccountIds"))
				.containsExactly(account.getId().intValue());
			// the one key, plus one legacy check for every account not yet re-hashed
			assertThat(count("check") - checks).isEqualTo(1.0);
			assertThat(count("legacy-check") - legacy).as(ids.get(i)).isEqualTo(ids.size() - i);
			Account after = this.testCustomers.accounts(customer).get(i);
			assertThat(after.getWebPasswordHash()).isNull();
			assertThat(after.getWebPasswordVerifier()).hasSize(64);
			assertThat(after.getPasswordChangedAt()).isEqualTo(account.getPasswordChangedAt());
		}
		// all re-hashed: one slow hash, nothing legacy, and every password still opens
		// its
		// account
		assertThat(this.testCustomers.reload(customer).getWebPasswordSalt()).startsWith("$2a$05$");
		double all = total();
		assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), "Pbkdf2123").getStatus()).isEqualTo(200);
		assertThat(total() - all).isEqualTo(1.0);
		assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), "Argon2123").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-PWD-5: weak or unnamed legacy formats ({noop}, {MD5}, no id) never open an account")
	void weakLegacyFormatsRefused() throws Exception {
		Customer customer = this.testCustomers.withLegacyHashes("{noop}Plain1234",
				"{MD5}" + "a9c8d5bf4e1b7e2bd5bd7d7d5c8f4d8e", "Plain5678");
		for (String password : List.of("Plain1234", "Plain5678")) {
			assertThat(new ApiClient(this.mvc).login(customer.getCustomerId(), password).getStatus()).isEqualTo(401);
		}
	}

	@Test
	@DisplayName("R-PWD-5: a key of a lower cost is raised at the next login that proves every account (unified), and kept when only some matched")
	void costRaisedWhenEveryAccountProved() throws Exception {
		Customer unified = this.testCustomers.unified("Unified123");
		Customer split = this.testCustomers.split("Split1234", "Split5678");
		downgrade(unified, "Unified123", "Unified123");
		downgrade(split, "Split1234", "Split5678");

		double checks = count("check");
		double hashes = count("hash");
		assertThat(new ApiClient(this.mvc).login(unified.getCustomerId(), "Unified123").getStatus()).isEqualTo(200);
		assertThat(count("check") - checks).isEqualTo(1.0);
		// the raise: one more slow hash, after the answer was known to be a success
		assertThat(count("hash") - hashes).isEqualTo(1.0);
		assertThat(this.testCustomers.reload(unified).getWebPasswordSalt()).startsWith("$2a$05$");
		for (Account account : this.testCustomers.accounts(unified)) {
			assertThat(this.testCustomers.webPasswordIs(account, "Unified123")).isTrue();
		}

		assertThat(new ApiClient(this.mvc).login(split.getCustomerId(), "Split1234").getStatus()).isEqualTo(200);
		// the futures password is not known yet: a new salt would strand it
		assertThat(this.testCustomers.reload(split).getWebPasswordSalt()).startsWith("$2a$04$");
		assertThat(new ApiClient(this.mvc).login(split.getCustomerId(), "Split5678").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-LOGIN-1: an unknown ID derives under a salt stable per ID, the one its customer would have before any password is set")
	void unknownIdSaltStable() {
		String id = TestIds.nationalId();
		String salt = this.webPasswords.deriveForUnknownId(id, "Any12345").salt();
		assertThat(this.webPasswords.deriveForUnknownId(id, "Other1234").salt()).isEqualTo(salt);
		assertThat(this.webPasswords.deriveForUnknownId(TestIds.nationalId(), "Any12345").salt()).isNotEqualTo(salt);
		assertThat(salt).startsWith("$2a$05$").hasSize(29);
	}

	/**
	 * Puts the customer's accounts under a cost-4 key, as an older configuration made.
	 */
	private void downgrade(Customer customer, String first, String second) {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		String salt = WebPasswords.salt(4, bytes);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			Customer loaded = this.customers.findById(customer.getId()).orElseThrow();
			List<Account> all = this.accounts.findByCustomer_IdOrderByIdAsc(customer.getId());
			this.webPasswords.upgrade(WebPasswords.kdf(first, salt), loaded, all);
			this.webPasswords.upgrade(WebPasswords.kdf(second, salt), loaded, all.subList(1, all.size()));
		});
	}

	private double count(String operation) {
		Counter counter = this.meters.find("password.center.password.hashes").tag("operation", operation).counter();
		return (counter == null) ? 0 : counter.count();
	}

	private double total() {
		return count("check") + count("hash") + count("legacy-check");
	}

}
