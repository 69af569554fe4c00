package com.brokerage.passwordcenter.benchmark;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.CaptchaSolver;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load driver, not a test of speed: it drives a bounded number of real logins
 * (production bcrypt cost 10) over real HTTP from parallel clients, and reports
 * throughput and latency percentiles to the console and to
 * {@code target/benchmark/login.txt}. Nothing here asserts a time. Run it with
 * {@code mvn -B verify -Pbenchmark} (docs/performance.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "password-center.hashing.bcrypt-strength=10")
@ActiveProfiles("test")
@Import(TestCustomers.class)
class LoginLoadBenchmarkTest {

	private static final int CUSTOMERS = 40;

	private static final int LOGINS = 400;

	private static final int THREADS = 8;

	@LocalServerPort
	int port;

	@Autowired
	TestCustomers testCustomers;

	@Test
	@DisplayName("benchmark: 400 logins (captcha solved by the clients beforehand) from 8 parallel clients")
	void logins() throws Exception {
		List<Customer> customers = new ArrayList<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			customers.add(this.testCustomers.unified("Bench1234"));
		}
		List<Login> prepared = new ArrayList<>();
		for (int i = 0; i < LOGINS; i++) {
			prepared.add(prepare(customers.get(i % CUSTOMERS).getCustomerId()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long start = System.nanoTime();
		List<Future<Integer>> statuses = new ArrayList<>();
		for (Login login : prepared) {
			statuses.add(pool.submit(() -> {
				long begin = System.nanoTime();
				int status = login.send();
				latencies.add(System.nanoTime() - begin);
				return status;
			}));
		}
		for (Future<Integer> status : statuses) {
			assertThat(status.get()).isEqualTo(200);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		report(latencies, seconds);
	}

	private void report(List<Long> latencies, double seconds) throws Exception {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		String report = String.format(
				"logins: %d, threads: %d, cores: %d, bcrypt cost 10%nthroughput: %.1f logins/s%n"
						+ "latency ms: p50 %.0f, p95 %.0f, p99 %.0f, max %.0f%n",
				sorted.size(), THREADS, Runtime.getRuntime().availableProcessors(), sorted.size() / seconds,
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted.get(sorted.size() - 1) / 1e6);
		System.out.println(report);
		Path out = Path.of("target", "benchmark", "login.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private static double percentile(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	private Login prepare(String nationalId) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		HttpResponse<String> challenge = http.send(HttpRequest.newBuilder(uri("/api/v1/captcha")).build(),
				HttpResponse.BodyHandlers.ofString());
		String csrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(ApiClient.CSRF_COOKIE))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/login"))
			.header("Content-Type", "application/json")
			.header(ApiClient.CSRF_HEADER, csrf)
			.POST(HttpRequest.BodyPublishers
				.ofString(ApiClient.loginJson(nationalId, "Bench1234", CaptchaSolver.solve(challenge.body()))))
			.build();
		return new Login(http, request);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private record Login(HttpClient http, HttpRequest request) {

		int send() throws Exception {
			return this.http.send(this.request, HttpResponse.BodyHandlers.ofString()).statusCode();
		}

	}

}
