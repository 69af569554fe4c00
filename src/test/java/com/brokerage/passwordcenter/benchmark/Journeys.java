package com.brokerage.passwordcenter.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.benchmark.BenchCustomers.Seeded;
import com.brokerage.passwordcenter.benchmark.BenchHttp.Answer;
import com.brokerage.passwordcenter.benchmark.BenchHttp.Cookies;
import com.brokerage.passwordcenter.support.CaptchaSolver;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one virtual customer does, step by step over HTTP, as docs/api.md describes it.
 */
final class Journeys {

	/**
	 * How often a waiting journey asks again (its status, the SMS sink): the portal asks
	 * every 2 s; 100 ms adds at most 0.1 s per wait, and the asking loads the app it
	 * measures ten times less than the 10 ms before.
	 */
	private static final long POLL_MILLIS = 100;

	/**
	 * The passcode in the SMS, in the language the driver asks for (BenchHttp: English)
	 * or zh-TW.
	 */
	private static final Pattern PASSCODE = Pattern.compile("(?:通行碼為|passcode is )(\\d+)");

	private static final AtomicInteger passwords = new AtomicInteger();

	private Journeys() {
	}

	/** A login whose captcha is already solved: only the login call is timed. */
	record PreparedLogin(Cookies cookies, String body) {

		void send(BenchHttp http) throws Exception {
			http.post(this.cookies, "/api/v1/login", this.body).expect(200, "login");
		}

	}

	/**
	 * Fetches a challenge (and the CSRF cookie) as the login page does, and solves it.
	 */
	static PreparedLogin prepareLogin(BenchHttp http, Seeded customer) throws Exception {
		Cookies cookies = new Cookies();
		String challenge = http.get(cookies, "/api/v1/captcha").expect(200, "captcha").body();
		String body = BenchHttp.JSON.writeValueAsString(java.util.Map.of("nationalId", customer.nationalId(),
				"password", BenchCustomers.PASSWORD, "altcha", CaptchaSolver.solve(challenge)));
		return new PreparedLogin(cookies, body);
	}

	/**
	 * The whole reissue with a device certificate (R-REISSUE-4, 7..11): step 1, account,
	 * channel SMS, the passcode read from the demo SMS sink, the new password, until the
	 * application is COMPLETED (the "password changed" notice sent).
	 */
	static void reissueWithCertificate(BenchHttp device, List<BenchHttp> smsSinks, Seeded customer) throws Exception {
		Cookies cookies = new Cookies();
		device.get(cookies, "/api/v1/reissues/info").expect(200, "info");
		JsonNode application = stepOne(device, cookies, customer, "WITH_CERTIFICATE");
		String path = "/api/v1/reissues/" + application.get("applicationId").asText();
		long account = application.get("accounts").get(0).get("accountId").asLong();
		device.post(cookies, path + "/account", "{\"accountId\":" + account + "}").expect(200, "account");
		java.time.Instant chosen = java.time.Instant.now();
		device.post(cookies, path + "/channel", "{\"channel\":\"SMS\"}").expect(200, "channel");
		awaitStep(device, cookies, path, "step", "ENTER_PASSCODE");
		String passcode = awaitPasscode(smsSinks, customer, chosen);
		String initial = device.post(cookies, path + "/passcode", "{\"passcode\":\"" + passcode + "\"}")
			.expect(200, "passcode")
			.json()
			.get("initialPassword")
			.asText();
		String fresh = "Jrny%05d".formatted(passwords.incrementAndGet() % 100_000);
		device
			.post(cookies, path + "/password",
					"{\"initialPassword\":\"%s\",\"newPassword\":\"%s\",\"confirmation\":\"%s\"}".formatted(initial,
							fresh, fresh))
			.expect(200, "password");
		awaitStep(device, cookies, path, "status", "COMPLETED");
	}

	/**
	 * Step 1 and the account of the reissue without certificate: the link mail is then
	 * sent and the application waits for the link or its timer (R-REISSUE-6).
	 */
	static void applyWithoutCertificate(BenchHttp http, String csrf, Seeded customer) throws Exception {
		Cookies cookies = new Cookies();
		cookies.take(List.of(BenchHttp.CSRF_COOKIE + "=" + csrf));
		JsonNode application = stepOne(http, cookies, customer, "WITHOUT_CERTIFICATE");
		long account = application.get("accounts").get(0).get("accountId").asLong();
		http.post(cookies, "/api/v1/reissues/" + application.get("applicationId").asText() + "/account",
				"{\"accountId\":" + account + "}")
			.expect(200, "account");
	}

	/** Step 1 of the reissue (R-REISSUE-1..3); the path must be the one expected. */
	private static JsonNode stepOne(BenchHttp http, Cookies cookies, Seeded customer, String path) throws Exception {
		JsonNode application = http
			.post(cookies, "/api/v1/reissues",
					"{\"nationalId\":\"%s\",\"birthDate\":\"%s\"}".formatted(customer.nationalId(),
							BenchCustomers.BIRTH_DATE_TEXT))
			.expect(201, "step 1")
			.json();
		if (!path.equals(application.path("path").asText())) {
			throw new IllegalStateException("expected path " + path + ": " + application);
		}
		return application;
	}

	private static void awaitStep(BenchHttp http, Cookies cookies, String path, String field, String wanted)
			throws Exception {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			JsonNode view = http.get(cookies, path).expect(200, "application").json();
			if (wanted.equals(view.path(field).asText())) {
				return;
			}
			if ("ENDED".equals(view.path("step").asText()) && !"COMPLETED".equals(view.path("status").asText())) {
				throw new IllegalStateException("the application ended: " + view);
			}
			Thread.sleep(POLL_MILLIS);
		}
		throw new IllegalStateException(path + " did not reach " + field + " " + wanted + " within a minute");
	}

	/**
	 * The passcode of the customer's SMS sent after {@code after}, from the demo sinks of
	 * all nodes (the node whose job sent it holds it; the send is a job, so it may come a
	 * moment after the step shows).
	 */
	private static String awaitPasscode(List<BenchHttp> smsSinks, Seeded customer, java.time.Instant after)
			throws Exception {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			String newest = null;
			java.time.Instant newestAt = after;
			for (BenchHttp sink : smsSinks) {
				for (JsonNode sms : sink.get(new Cookies(), "/dev/sms.json").expect(200, "sms sink").json()) {
					Matcher code = PASSCODE.matcher(sms.path("body").asText());
					if (customer.e164().equals(sms.path("to").asText()) && code.find()
							&& createdAt(sms).isAfter(newestAt)) {
						newest = code.group(1);
						newestAt = createdAt(sms);
					}
				}
			}
			if (newest != null) {
				return newest;
			}
			Thread.sleep(POLL_MILLIS);
		}
		StringBuilder seen = new StringBuilder();
		for (BenchHttp sink : smsSinks) {
			String body = sink.get(new Cookies(), "/dev/sms.json").body();
			seen.append(body, 0, Math.min(600, body.length()));
		}
		throw new IllegalStateException(
				"no passcode SMS for " + customer.e164() + " after " + after + " within a minute; the sinks: " + seen);
	}

	/**
	 * The sink's time of an SMS: ISO-8601 text, or epoch seconds if Jackson wrote a
	 * number.
	 */
	private static java.time.Instant createdAt(JsonNode sms) {
		JsonNode at = sms.path("createdAt");
		return at.isNumber() ? java.time.Instant.ofEpochMilli(Math.round(at.asDouble() * 1000))
				: java.time.Instant.parse(at.asText());
	}

	/**
	 * Runs the tasks on {@code threads} threads; each task times itself into
	 * {@code latencies}. Returns the wall-clock seconds of the whole run.
	 */
	static double run(int threads, List<Callable<Void>> tasks, Latencies latencies) throws Exception {
		List<Callable<Void>> timed = new ArrayList<>();
		for (Callable<Void> task : tasks) {
			timed.add(() -> {
				long begin = System.nanoTime();
				task.call();
				if (latencies != null) {
					latencies.add(System.nanoTime() - begin);
				}
				return null;
			});
		}
		long begin = System.nanoTime();
		Parallel.all(threads, timed);
		return (System.nanoTime() - begin) / 1e9;
	}

}
