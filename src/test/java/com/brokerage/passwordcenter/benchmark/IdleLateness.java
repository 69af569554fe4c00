package com.brokerage.passwordcenter.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "idle lateness" phase: on an app with nothing to do, timers fall due at known
 * instants, and each one's lateness is the time from its due date to the end of its job
 * (the engine's job log). A deployed one-timer process stands for the journeys' timers
 * (passcode, link, step timeouts): they are acquired the same way. Off with
 * {@code -Dbench.idle-lateness=false}; {@code bench.idle-timers} (36) timers, the first
 * due {@code bench.idle-first-due-seconds} (20) after they are made, one a second.
 */
final class IdleLateness {

	static final String PROCESS = "bench-idle-lateness";

	private static final String DIAGRAM = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Idle"
			    targetNamespace="http://bpmn.io/schema/bpmn">
			  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
			    <bpmn:startEvent id="Start" />
			    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Timer_Due" />
			    <bpmn:intermediateCatchEvent id="Timer_Due">
			      <bpmn:timerEventDefinition><bpmn:timeDate>${dueAt}</bpmn:timeDate></bpmn:timerEventDefinition>
			    </bpmn:intermediateCatchEvent>
			    <bpmn:sequenceFlow id="Flow_2" sourceRef="Timer_Due" targetRef="End" />
			    <bpmn:endEvent id="End" />
			  </bpmn:process>
			</bpmn:definitions>
			""".formatted(PROCESS);

	private IdleLateness() {
	}

	static boolean enabled() {
		return Boolean.parseBoolean(System.getProperty("bench.idle-lateness", "true"));
	}

	/**
	 * Deploys the timer process, makes the timers, idles until they fired, reads the job
	 * log.
	 */
	static Latencies measure(BenchHttp http) throws Exception {
		int timers = Integer.parseInt(System.getProperty("bench.idle-timers", "36"));
		long firstDue = Long.parseLong(System.getProperty("bench.idle-first-due-seconds", "20"));
		deploy(http);
		Instant first = Instant.now().plusSeconds(firstDue);
		for (int i = 0; i < timers; i++) {
			String start = "{\"variables\":{\"dueAt\":{\"value\":\"%s\",\"type\":\"String\"}}}"
				.formatted(first.plusSeconds(i));
			http.operatorPost("/engine-rest/process-definition/key/" + PROCESS + "/start", "application/json",
					start.getBytes(StandardCharsets.UTF_8))
				.expect(200, "start a timer");
		}
		// idle: nothing but the job executor's acquisition polls until the last one is
		// due
		Instant deadline = first.plusSeconds(timers + 30);
		while (count(http) > 0) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("idle timers did not fire within 30 s of the last due date");
			}
			Thread.sleep(1_000);
		}
		Latencies lateness = new Latencies();
		JsonNode fired = http
			.operator("/engine-rest/history/job-log?successLog=true&processDefinitionKey=" + PROCESS + "&maxResults="
					+ timers * 2)
			.expect(200, "job log")
			.json();
		for (JsonNode log : fired) {
			Duration late = Duration.between(engineInstant(log.get("jobDueDate").asText()),
					engineInstant(log.get("timestamp").asText()));
			lateness.add(late.toNanos());
		}
		if (lateness.count() != timers) {
			throw new IllegalStateException(lateness.count() + " of " + timers + " idle timers in the job log");
		}
		return lateness;
	}

	private static void deploy(BenchHttp http) throws Exception {
		String boundary = "----bench" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + PROCESS
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + PROCESS
				+ ".bpmn\"\r\nContent-Type: application/xml\r\n\r\n" + DIAGRAM + "\r\n--" + boundary + "--\r\n";
		http.operatorPost("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
				body.getBytes(StandardCharsets.UTF_8))
			.expect(200, "deploy the idle timer process");
	}

	private static long count(BenchHttp http) throws Exception {
		return http.operator("/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS)
			.expect(200, "waiting timers")
			.json()
			.get("count")
			.asLong();
	}

	/** The engine REST API's dates: {@code 2026-12-01T09:30:00.123+0000}. */
	private static Instant engineInstant(String date) {
		return java.time.OffsetDateTime.parse(date.replaceFirst("(\\d{2})(\\d{2})$", "$1:$2")).toInstant();
	}

}
