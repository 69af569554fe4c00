package com.brokerage.passwordcenter.demo;

import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.customer.LockReason;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile seeds the README's demo customers and engine users.
 */
@ActiveProfiles(DemoProfile.NAME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false", "password-center.hashing.bcrypt-strength=4",
		"password-center.certificate.dev-pki.directory=target/demo-test-pki",
		"password-center.notification.smime.key-store=target/demo-test-pki/mail-signing.p12", "spring.mail.port=0" })
class DemoDataTest {

	@Autowired
	CustomerRepository customers;

	@Autowired
	IdentityService identity;

	@Test
	@DisplayName("demo customers of the README exist, including one locked once and one locked for good")
	void demoCustomers() {
		assertThat(this.customers.findByCustomerId("A123456789").orElseThrow().isUnified()).isTrue();
		assertThat(this.customers.findByCustomerId("B120000008").orElseThrow().isUnified()).isFalse();
		assertThat(this.customers.findByCustomerId("12345670")).isPresent();
		assertThat(this.customers.findByCustomerId("F220000004").orElseThrow().getEmail()).isNull();
		assertThat(this.customers.findByCustomerId("H120000004").orElseThrow().getLockReason())
			.isEqualTo(LockReason.FAILURES_UNLOCK_AVAILABLE);
		assertThat(this.customers.findByCustomerId("E220000003").orElseThrow().getLockReason())
			.isEqualTo(LockReason.FAILURES_REISSUE_ONLY);
	}

	@Test
	@DisplayName("demo engine users: agent in customer-service, clerk in branch-clerk, analyst in process-analyst")
	void demoEngineUsers() {
		assertThat(this.identity.createUserQuery().userId("agent").memberOfGroup("customer-service").count())
			.isEqualTo(1);
		assertThat(this.identity.createUserQuery().userId("clerk").memberOfGroup("branch-clerk").count()).isEqualTo(1);
		assertThat(this.identity.createUserQuery().userId("analyst").memberOfGroup("process-analyst").count())
			.isEqualTo(1);
		assertThat(this.identity.checkPassword("analyst", "demo1234")).isTrue();
		assertThat(this.identity.checkPassword("operator", "operator-demo")).isTrue();
	}

}
