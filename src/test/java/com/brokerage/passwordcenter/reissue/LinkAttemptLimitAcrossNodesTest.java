package com.brokerage.passwordcenter.reissue;

import java.util.UUID;

import com.brokerage.passwordcenter.PasswordCenterApplication;
import com.brokerage.passwordcenter.support.RawHttp;
import com.brokerage.passwordcenter.support.RawHttp.Answer;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-REISSUE-6 on a cluster behind a proxy: two nodes (two apps on one database, each its
 * own web server) count one limit per client; the client is what a trusted proxy
 * (127.0.0.1 here) puts in X-Forwarded-For, while another sender's header (127.0.0.2, not
 * trusted) is ignored. Sent over sockets as a proxy and an attacker send them.
 */
class LinkAttemptLimitAcrossNodesTest {

	private static final String TRUSTED_PROXY = "127.0.0.1";

	private static final String UNTRUSTED_SENDER = "127.0.0.2";

	private static final String DATABASE = "jdbc:h2:mem:link-limit-" + UUID.randomUUID()
			+ ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startNodes() {
		nodeA = node("link-limit-a");
		nodeB = node("link-limit-b");
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	@DisplayName("R-REISSUE-6: 10 a minute per customer across both nodes, each customer its own count behind the proxy")
	void oneLimitAcrossNodesPerForwardedClient() {
		RawHttp proxyToA = new RawHttp(port(nodeA), TRUSTED_PROXY);
		RawHttp proxyToB = new RawHttp(port(nodeB), TRUSTED_PROXY);
		// the customer's own (made-up) header value is left of what the proxy appended
		String customer = "10.9.9.9, 203.0.113.5";
		for (int attempt = 0; attempt < 10; attempt++) {
			Answer answer = openLink((attempt % 2 == 0) ? proxyToA : proxyToB, customer);
			assertThat(answer.status()).as(answer.body()).isEqualTo(404);
			assertThat(code(answer)).isEqualTo("LINK_INVALID");
		}
		Answer limitedOnA = openLink(proxyToA, customer);
		assertThat(limitedOnA.status()).isEqualTo(429);
		assertThat(code(limitedOnA)).isEqualTo("LINK_RATE_LIMITED");
		assertThat(code(openLink(proxyToB, customer))).isEqualTo("LINK_RATE_LIMITED");
		// a new made-up value left of the proxy's does not make the customer someone else
		assertThat(code(openLink(proxyToB, "192.0.2.77, 203.0.113.5"))).isEqualTo("LINK_RATE_LIMITED");

		// another customer behind the same proxy is not affected
		assertThat(code(openLink(proxyToA, "203.0.113.6"))).isEqualTo("LINK_INVALID");
		assertThat(code(openLink(proxyToB, "203.0.113.6"))).isEqualTo("LINK_INVALID");
	}

	@Test
	@DisplayName("R-REISSUE-6: from an address that is not a trusted proxy, X-Forwarded-For is ignored")
	void untrustedHeaderIgnored() {
		RawHttp attacker = new RawHttp(port(nodeA), UNTRUSTED_SENDER);
		RawHttp attackerOnB = new RawHttp(port(nodeB), UNTRUSTED_SENDER);
		for (int attempt = 0; attempt < 10; attempt++) {
			// a fresh forged address each time: were it believed, no limit would ever
			// apply
			Answer answer = openLink((attempt % 2 == 0) ? attacker : attackerOnB, "198.51.100." + attempt);
			assertThat(code(answer)).as(answer.body()).isEqualTo("LINK_INVALID");
		}
		assertThat(code(openLink(attacker, "198.51.100.200"))).isEqualTo("LINK_RATE_LIMITED");
		assertThat(code(openLink(attackerOnB, null))).isEqualTo("LINK_RATE_LIMITED");
		// the forged addresses got no count of their own through the proxy either
		assertThat(code(openLink(new RawHttp(port(nodeA), TRUSTED_PROXY), "198.51.100.1"))).isEqualTo("LINK_INVALID");
	}

	private static Answer openLink(RawHttp http, String forwardedFor) {
		String head = "POST /api/v1/reissues/links HTTP/1.1\r\nContent-Type: application/json"
				+ "\r\nCookie: PC-XSRF-TOKEN=link-limit-test\r\nX-PC-XSRF-TOKEN: link-limit-test"
				+ ((forwardedFor != null) ? "\r\nX-Forwarded-For: " + forwardedFor : "");
		return http.send(head, "{\"token\":\"" + LinkToken.generate() + "\"}");
	}

	private static String code(Answer answer) {
		return JsonPath.read(answer.body(), "$.code");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(PasswordCenterApplication.class).profiles("test")
			.run("--spring.datasource.url=" + DATABASE, "--server.port=0",
					// own engine names, no webapps: closing these leaves other test
					// contexts' engines in Camunda's static registry alone
					"--camunda.bpm.process-engine-name=" + name.replace('-', '_'), "--camunda.bpm.webapp.enabled=false",
					"--password-center.trusted-proxies=" + TRUSTED_PROXY,
					"--password-center.certificate.require-tls=false");
	}

}
