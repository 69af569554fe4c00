package com.brokerage.passwordcenter.reissue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.brokerage.passwordcenter.support.SameAnswer;
import com.brokerage.passwordcenter.certificate.TestPki;
import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.passcode.PasscodeSender;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.MutableClock;
import com.brokerage.passwordcenter.support.MutableClockConfiguration;
import com.brokerage.passwordcenter.support.TestCustomers;
import com.brokerage.passwordcenter.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

/** Step 1 of the online reissue (R-REISSUE-1..3, R-REISSUE-12) through the API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestCustomers.class, MutableClockConfiguration.class })
class ReissueStartApiTest {

	private static final String BIRTH = "19900215";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCustomers testCustomers;

	@Autowired
	MutableClock clock;

	@MockitoBean
	PasscodeSender passcodeSender;

	static final TestPki pki = TestPki.create(Instant.now());

	ApiClient client;

	@DynamicPropertySource
	static void deviceCa(DynamicPropertyRegistry registry) {
		pki.registerAsDeviceCa(registry);
	}

	@BeforeEach
	void client() {
		this.client = new ApiClient(this.mvc).overTls();
		this.client.get("/api/v1/reissues/info");
	}

	/** A client whose device holds this customer's certificate (R-REISSUE-3). */
	private ApiClient certified(Customer customer) {
		this.client.withCertificate(pki.valid(customer.getCustomerId()).chain());
		return this.client;
	}

	@Test
	@DisplayName("R-REISSUE-2: the first page learns the daily limit from the info endpoint")
	void infoShowsLimit() throws Exception {
		MockHttpServletResponse info = this.client.get("/api/v1/reissues/info");
		assertThat((Integer) JsonPath.read(info.getContentAsString(), "$.dailyLimit")).isEqualTo(5);
	}

	@Test
	@DisplayName("R-REISSUE-3/4: with this customer's valid certificate the application takes the certificate path")
	void startsWithCertificate() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		MockHttpServletResponse started = certified(customer).post("/api/v1/reissues",
				"{\"nationalId\":\"%s\",\"birthDate\":\"%s\"}".formatted(customer.getCustomerId(), BIRTH));
		assertThat(started.getStatus()).isEqualTo(201);
		String body = started.getContentAsString();
		assertThat((String) JsonPath.read(body, "$.path")).isEqualTo("WITH_CERTIFICATE");
		assertThat((String) JsonPath.read(body, "$.step")).isEqualTo("CHOOSE_ACCOUNT");
		assertThat((String) JsonPath.read(body, "$.contacts.mobile")).isEqualTo("0912***678");
		assertThat((String) JsonPath.read(body, "$.contacts.email")).isEqualTo("te***@example.com");
		assertThat(JsonPath.<java.util.List<Object>>read(body, "$.accounts")).hasSize(2);
	}

	@Test
	@DisplayName("R-REISSUE-1/3: ID and birth date match; with no certificate the application starts without one")
	void startsWithoutCertificate() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		MockHttpServletResponse started = start(customer.getCustomerId(), BIRTH);
		assertThat(started.getStatus()).isEqualTo(201);
		assertThat((String) JsonPath.read(started.getContentAsString(), "$.path")).isEqualTo("WITHOUT_CERTIFICATE");
		String id = JsonPath.read(started.getContentAsString(), "$.applicationId");
		assertThat(started.getHeader("Location")).isEqualTo("/api/v1/reissues/" + id);
		assertThat(this.client.get("/api/v1/reissues/" + id).getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-REISSUE-1: unknown ID and wrong birth date give one answer that does not say which")
	void identityMismatchIsOneAnswer() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		MockHttpServletResponse wrongBirth = start(customer.getCustomerId(), "19900216");
		MockHttpServletResponse unknown = start(TestIds.nationalId(), BIRTH);
		assertThat(wrongBirth.getStatus()).isEqualTo(400);
		assertThat(SameAnswer.withoutCorrelationId(wrongBirth.getContentAsString()))
			.isEqualTo(SameAnswer.withoutCorrelationId(unknown.getContentAsString()))
			.contains("IDENTITY_MISMATCH");
	}

	@DisplayName("R-REISSUE-1: the birth date is 8 Gregorian digits of a real, past date")
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1990-02-15", "790215", "19900230", "20991231", "abcdefgh" })
	void birthDateValidated(String birthDate) throws Exception {
		MockHttpServletResponse response = start("A123456789", birthDate);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(response.getContentAsString(), "$.code")).isEqualTo("INVALID_BIRTH_DATE");
		assertThat((String) JsonPath.read(response.getContentAsString(), "$.field")).isEqualTo("birthDate");
	}

	@Test
	@DisplayName("R-REISSUE-2: five applications a day; the sixth is refused; the next Taipei day is allowed again")
	void dailyLimit() throws Exception {
		// 23:50 in Taipei
		this.clock.set(LocalDate.of(2026, 11, 25).atTime(23, 50).atZone(ZoneId.of("Asia/Taipei")).toInstant());
		Customer customer = this.testCustomers.unified("Forgot123");
		certified(customer);
		for (int i = 1; i <= 5; i++) {
			assertThat(start(customer.getCustomerId(), BIRTH).getStatus()).as("application %d", i).isEqualTo(201);
		}
		MockHttpServletResponse sixth = start(customer.getCustomerId(), BIRTH);
		assertThat(sixth.getStatus()).isEqualTo(429);
		assertThat((String) JsonPath.read(sixth.getContentAsString(), "$.code"))
			.isEqualTo("REISSUE_DAILY_LIMIT_REACHED");
		assertThat((String) JsonPath.read(sixth.getContentAsString(), "$.message")).contains("5");
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(start(customer.getCustomerId(), BIRTH).getStatus()).isEqualTo(201);
		this.clock.set(Instant.now());
	}

	@Test
	@DisplayName("R-REISSUE-2: wrong birth dates count too, so the limit also caps guessing")
	void guessesCount() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		for (int i = 0; i < 5; i++) {
			start(customer.getCustomerId(), "1990010" + (i + 1));
		}
		assertThat(start(customer.getCustomerId(), BIRTH).getStatus()).isEqualTo(429);
	}

	@Test
	@DisplayName("R-REISSUE-12: the reissue refuses plain HTTP")
	void tlsRequired() throws Exception {
		ApiClient plain = new ApiClient(this.mvc);
		plain.get("/api/v1/captcha");
		MockHttpServletResponse response = plain.post("/api/v1/reissues",
				"{\"nationalId\":\"A123456789\",\"birthDate\":\"" + BIRTH + "\"}");
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).contains("TLS_REQUIRED");
	}

	@Test
	@DisplayName("an application moves only from the session that started it")
	void otherSessionsDoNotSeeIt() throws Exception {
		Customer customer = this.testCustomers.unified("Forgot123");
		certified(customer);
		String id = JsonPath.read(start(customer.getCustomerId(), BIRTH).getContentAsString(), "$.applicationId");
		ApiClient stranger = new ApiClient(this.mvc).overTls();
		stranger.get("/api/v1/reissues/info");
		assertThat(stranger.get("/api/v1/reissues/" + id).getStatus()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/reissues/" + id + "/cancel", "").getStatus()).isEqualTo(404);
	}

	private MockHttpServletResponse start(String nationalId, String birthDate) {
		return this.client.post("/api/v1/reissues",
				"{\"nationalId\":\"%s\",\"birthDate\":\"%s\"}".formatted(nationalId, birthDate));
	}

}
