package com.brokerage.passwordcenter.login;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.LockReason;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.CaptchaSolver;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP, real threads, real database row locks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestCustomers.class)
class ConcurrentLoginTest {

	private static final int PARALLEL = 20;

	@LocalServerPort
	int port;

	@Autowired
	TestCustomers testCustomers;

	@Test
	@DisplayName("R-LOGIN-2 under concurrency: 20 parallel wrong passwords count to exactly 3 and lock")
	void parallelWrongPasswordsLockAtThree() throws Exception {
		Customer customer = this.testCustomers.unified("Right1234");
		List<PreparedAttempt> attempts = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			attempts.add(prepare(customer.getCustomerId(), "Wrong" + (1000 + i)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (PreparedAttempt attempt : attempts) {
			answers.add(pool.submit((Callable<HttpResponse<String>>) () -> {
				start.await();
				return attempt.send();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : answers) {
			statuses.add(answer.get().statusCode());
		}
		pool.shutdown();

		Customer after = this.testCustomers.reload(customer);
		assertThat(after.getFailedLogins()).isEqualTo(3);
		assertThat(after.isLocked()).isTrue();
		assertThat(after.getLockReason()).isEqualTo(LockReason.FAILURES_UNLOCK_AVAILABLE);
		// two plain refusals; the third failure and every later attempt answer "locked"
		assertThat(statuses).containsOnly(401, 423);
		assertThat(statuses.stream().filter((status) -> status == 401)).hasSize(2);
	}

	/**
	 * Captcha and CSRF cookie fetched up front, so the 20 logins themselves hit the
	 * server together.
	 */
	private PreparedAttempt prepare(String nationalId, String password) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		HttpResponse<String> challenge = http.send(HttpRequest.newBuilder(uri("/api/v1/captcha")).build(),
				HttpResponse.BodyHandlers.ofString());
		String csrf = challenge.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(ApiClient.CSRF_COOKIE + "="))
			.map((cookie) -> cookie.substring(ApiClient.CSRF_COOKIE.length() + 1, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		HttpRequest login = HttpRequest.newBuilder(uri("/api/v1/login"))
			.header("Content-Type", "application/json")
			.header(ApiClient.CSRF_HEADER, csrf)
			.POST(HttpRequest.BodyPublishers
				.ofString(ApiClient.loginJson(nationalId, password, CaptchaSolver.solve(challenge.body()))))
			.build();
		return new PreparedAttempt(http, login);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private record PreparedAttempt(HttpClient http, HttpRequest request) {

		HttpResponse<String> send() throws Exception {
			return this.http.send(this.request, HttpResponse.BodyHandlers.ofString());
		}

	}

}
