package com.brokerage.passwordcenter.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.brokerage.passwordcenter.customer.Masking;
import com.brokerage.passwordcenter.reissue.ReissueJourneys;
import com.brokerage.passwordcenter.support.TestCustomers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The {@link KnownMix} of real reissues without certificate — 2 completed, 3 links
 * expired, 2 passcodes voided, 1 link mail that became an incident (SMTP down), 1 still
 * waiting for its link — and every count, percentage and time the analytics give for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestCustomers.class, ReissueJourneys.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyAnalyticsTest {

	private static final String JOURNEY = KnownMix.JOURNEY;

	private static final KnownMix mix = new KnownMix();

	@Autowired
	TestCustomers customers;

	@Autowired
	ReissueJourneys reissues;

	@Autowired
	JourneyAnalytics analytics;

	@Autowired
	JourneyGauges gauges;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Clock clock;

	@DynamicPropertySource
	static void senders(DynamicPropertyRegistry registry) {
		mix.register(registry);
	}

	@BeforeAll
	void knownMix() throws Exception {
		mix.drive(this.reissues, this.customers);
	}

	@AfterAll
	void stopSenders() {
		mix.stop();
	}

	@Test
	@DisplayName("funnel: 9 started; how each ended, with percentages; 1 with an open incident")
	void outcomes() {
		Funnel funnel = funnel();

		assertThat(funnel.started()).isEqualTo(9);
		assertThat(funnel.running()).isEqualTo(2);
		assertThat(funnel.withIncident()).isEqualTo(1);
		assertThat(funnel.openIncidents()).isEqualTo(1);
		assertThat(funnel.outcomes())
			.extracting(Funnel.Outcome::state, Funnel.Outcome::endEvent, Funnel.Outcome::name, Funnel.Outcome::count,
					Funnel.Outcome::percent)
			.containsExactlyInAnyOrder(tuple("COMPLETED", "End_LinkExpired", "連結逾時，申請結束", 3L, 33.3),
					tuple("COMPLETED", "End_PasswordReissued", "密碼補發完成", 2L, 22.2),
					tuple("COMPLETED", "End_PasscodeVoided", "通行碼錯誤過多，申請結束", 2L, 22.2),
					tuple("RUNNING", null, null, 2L, 22.2));
		assertThat(funnel.days().stream().mapToLong(Funnel.Day::started).sum()).isEqualTo(9);
	}

	@Test
	@DisplayName("funnel: each step reached, the passcode process's steps included")
	void stepsReached() {
		Map<String, Long> reached = funnel().steps()
			.stream()
			.collect(Collectors.toMap((step) -> step.process() + "/" + step.activityId(), Funnel.Step::reached));

		assertThat(reached).containsEntry(JOURNEY + "/Task_CheckContactsOnFile", 9L)
			.containsEntry(JOURNEY + "/Task_ChooseAccount", 9L)
			// the incident's mail never went: a failed try leaves no history
			.containsEntry(JOURNEY + "/Task_SendLinkEmail", 8L)
			.containsEntry(JOURNEY + "/Timer_LinkExpired", 3L)
			.containsEntry(JOURNEY + "/Task_RequestPasscode", 4L)
			.containsEntry("passcode/Task_SendPasscode", 4L)
			.containsEntry(JOURNEY + "/Task_SetNewPassword", 2L);
		assertThat(funnel().steps()).filteredOn((step) -> step.activityId().equals("Task_ChooseAccount"))
			.extracting(Funnel.Step::percent)
			.containsExactly(100.0);
	}

	@Test
	@DisplayName("step times: one row per step and version, counts of finished steps, p50 <= p90 <= max")
	void stepTimes() {
		LocalDate today = LocalDate.now(this.clock);
		List<StepTime> times = this.analytics.stepTimes(Journey.REISSUE_WITHOUT_CERTIFICATE, today.minusDays(1),
				today.plusDays(1));

		assertThat(times).filteredOn((time) -> time.activityId().equals("Task_ChooseAccount"))
			.singleElement()
			.satisfies((time) -> {
				assertThat(time.count()).isEqualTo(9);
				assertThat(time.journeyVersion()).isEqualTo(1);
			});
		assertThat(times).filteredOn((time) -> time.activityId().equals("Task_SetNewPassword"))
			.extracting(StepTime::count)
			.containsExactly(2L);
		assertThat(times).allSatisfy((time) -> {
			assertThat(time.p50Millis()).isBetween(0L, time.p90Millis());
			assertThat(time.p90Millis()).isLessThanOrEqualTo(time.maxMillis());
		});
	}

	@Test
	@DisplayName("stuck now: the one waiting for its link and the open incident, masked, with the Cockpit link")
	void stuck() {
		List<StuckInstance> all = this.analytics.stuck(Duration.ZERO);
		assertThat(all).extracting(StuckInstance::journey, StuckInstance::customer, StuckInstance::activityId)
			.contains(tuple(JOURNEY, Masking.customerId(mix.waiting().getCustomerId()), "Gateway_WaitForLink"),
					tuple(JOURNEY, Masking.customerId(mix.stuckOnIncident().getCustomerId()), "Task_SendLinkEmail"));
		assertThat(all).filteredOn((row) -> row.incidentMessage() != null).singleElement().satisfies((incident) -> {
			assertThat(incident.cockpit()).startsWith("/camunda/app/cockpit/default/#/process-instance/");
			// no activity row holds it (the failed tries rolled back): the name comes
			// from the diagram
			assertThat(incident.stepName()).isEqualTo("寄送驗證連結信");
		});

		// an hour's threshold: the fresh wait is not stuck; an incident always is
		assertThat(this.analytics.stuck(Duration.ofHours(1))).extracting(StuckInstance::customer)
			.containsExactly(Masking.customerId(mix.stuckOnIncident().getCustomerId()));
	}

	@Test
	@DisplayName("Prometheus gauges: open incidents and waiting journeys per journey")
	void gauges() {
		this.gauges.refresh();

		assertThat(this.meters.get("password.center.journey.open.incidents").tag("journey", JOURNEY).gauge().value())
			.isEqualTo(1.0);
		assertThat(this.meters.get("password.center.journey.open.incidents").tag("journey", "unlock").gauge().value())
			.isZero();
		assertThat(this.meters.get("password.center.journey.waiting")
			.tags("journey", JOURNEY, "step", "Gateway_WaitForLink")
			.gauge()
			.value()).isEqualTo(1.0);
	}

	@Test
	@DisplayName("operator API: the same numbers as JSON and CSV; operators only; a bad journey is a 400")
	void operatorApi() {
		TestRestTemplate operator = this.http.withBasicAuth("operator", "operator-test");
		String query = "/api/v1/operator/analytics/funnels?journey=" + JOURNEY + "&from="
				+ LocalDate.now(this.clock).minusDays(1) + "&to=" + LocalDate.now(this.clock).plusDays(1);

		ResponseEntity<Map> json = operator.getForEntity(query, Map.class);
		assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json.getBody()).containsEntry("started", 9).containsEntry("openIncidents", 1);

		ResponseEntity<String> csv = operator.getForEntity(query.replace("/funnels?", "/funnels.csv?"), String.class);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.getBody()).contains(",outcome:COMPLETED," + JOURNEY + ",End_LinkExpired,連結逾時，申請結束,3,33.3\r\n");

		ResponseEntity<Map> anonymous = this.http.getForEntity(query, Map.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getBody()).containsEntry("code", "NOT_AUTHENTICATED");
		assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");

		// the plugin's fetch after its Cockpit session ended: no Basic challenge, so no
		// password prompt holds it
		HttpHeaders script = new HttpHeaders();
		script.set("X-Requested-With", "XMLHttpRequest");
		ResponseEntity<Map> plugin = this.http.exchange(query, HttpMethod.GET, new HttpEntity<>(script), Map.class);
		assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(plugin.getBody()).containsEntry("code", "NOT_AUTHENTICATED");
		assertThat(plugin.getHeaders().containsKey("WWW-Authenticate")).isFalse();

		ResponseEntity<Map> unknown = operator.getForEntity("/api/v1/operator/analytics/funnels?journey=nope",
				Map.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody()).containsEntry("code", "FIELD_INVALID").containsEntry("field", "journey");
	}

	private Funnel funnel() {
		LocalDate today = LocalDate.now(this.clock);
		return this.analytics.funnel(Journey.REISSUE_WITHOUT_CERTIFICATE, today.minusDays(1), today.plusDays(1));
	}

}
