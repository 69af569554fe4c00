package com.brokerage.passwordcenter.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.benchmark.BenchCustomers.Seeded;
import com.brokerage.passwordcenter.benchmark.BenchHttp.Cookies;
import com.brokerage.passwordcenter.support.CaptchaSolver;
import com.brokerage.passwordcenter.support.TestIds;

/**
 * Issue 16: does the login's time tell which IDs exist, or how many accounts a customer
 * has? Wrong passwords for an unknown ID and for known customers of 1, 3 and 6 accounts
 * (not unified) and a unified one, sent one at a time by one client with the shapes
 * interleaved (unknown, 1, 3, 6, unified, unknown, …) so drift of the machine hits every
 * shape alike. Each customer gets at most two attempts (the third would lock it,
 * R-LOGIN-2). Its own app start on a fresh database; captchas solved beforehand. Records
 * the median per shape and the app's slow hashes per attempt
 * ({@code password_center_password_hashes_total}, read around each attempt).
 */
final class LoginShapes {

	static final String WRONG_PASSWORD = "Wrong0000";

	private static final int ATTEMPTS_PER_CUSTOMER = 2;

	private LoginShapes() {
	}

	static void measure(AppLaunch launch, BenchDatabase database, Path directory, Settings settings, Report report)
			throws Exception {
		database.fresh();
		try (AppProcess app = AppProcess.start(launch, directory, settings.port(), List.of())) {
			app.secondsToReady();
		}
		int attempts = settings.loginShapeAttempts();
		int customers = (attempts + ATTEMPTS_PER_CUSTOMER - 1) / ATTEMPTS_PER_CUSTOMER;
		Map<String, List<String>> ids = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < customers; i++) {
			unknown.add(TestIds.nationalId());
		}
		ids.put("unknown ID", unknown);
		ids.put("1 account", nationalIds(BenchCustomers.seed(database, directory, 4, customers, false, 1)));
		ids.put("3 accounts", nationalIds(BenchCustomers.seed(database, directory, 5, customers, false, 3)));
		ids.put("6 accounts", nationalIds(BenchCustomers.seed(database, directory, 6, customers, false, 6)));
		ids.put("unified (3 accounts)", nationalIds(BenchCustomers.seed(database, directory, 7, customers, true, 3)));
		try (AppProcess app = AppProcess.start(launch, directory, settings.port(), List.of())) {
			BenchHttp http = new BenchHttp(app.baseUrl(),
					BenchHttp.tls(directory.resolve("data/pki/ca.pem"), null, null));
			// warm-up on other IDs, not recorded: the first attempts of a cold JVM are
			// slow
			for (int i = 0; i < settings.warmUpLogins() / 5; i++) {
				prepare(http, TestIds.nationalId()).send(http);
			}
			Map<String, Latencies> latencies = new LinkedHashMap<>();
			Map<String, Double> hashes = new LinkedHashMap<>();
			ids.keySet().forEach((shape) -> {
				latencies.put(shape, new Latencies());
				hashes.put(shape, 0.0);
			});
			for (int i = 0; i < attempts; i++) {
				List<Attempt> round = new ArrayList<>();
				for (Map.Entry<String, List<String>> shape : ids.entrySet()) {
					round.add(new Attempt(shape.getKey(),
							prepare(http, shape.getValue().get(i / ATTEMPTS_PER_CUSTOMER))));
				}
				for (Attempt attempt : round) {
					double before = PasswordCenterBenchmark.hashes(http);
					long begin = System.nanoTime();
					attempt.login().send(http);
					latencies.get(attempt.shape()).add(System.nanoTime() - begin);
					hashes.merge(attempt.shape(), PasswordCenterBenchmark.hashes(http) - before, Double::sum);
				}
			}
			ids.keySet()
				.forEach((shape) -> report.loginShape(shape, latencies.get(shape), hashes.get(shape) / attempts));
		}
	}

	private static List<String> nationalIds(List<Seeded> seeded) {
		return seeded.stream().map(Seeded::nationalId).toList();
	}

	/**
	 * The captcha solved and the CSRF cookie fetched beforehand, as the login page does.
	 */
	private static Prepared prepare(BenchHttp http, String nationalId) throws Exception {
		Cookies cookies = new Cookies();
		String challenge = http.get(cookies, "/api/v1/captcha").expect(200, "captcha").body();
		String body = BenchHttp.JSON.writeValueAsString(
				Map.of("nationalId", nationalId, "password", WRONG_PASSWORD, "altcha", CaptchaSolver.solve(challenge)));
		return new Prepared(cookies, body);
	}

	private record Prepared(Cookies cookies, String body) {

		void send(BenchHttp http) throws Exception {
			http.post(this.cookies, "/api/v1/login", this.body).expect(401, "wrong password");
		}

	}

	private record Attempt(String shape, Prepared login) {
	}

}
