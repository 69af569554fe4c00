package com.brokerage.passwordcenter.common;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

	private final ClientAddress addresses = new ClientAddress(
			new ProxyProperties(List.of("10.0.0.0/8", "192.0.2.1", "2001:db8::/32")));

	@Test
	@DisplayName("R-REISSUE-6: from an untrusted peer the header is ignored — the peer is the client")
	void untrustedPeer() {
		assertThat(this.addresses.of(request("198.51.100.9", "203.0.113.5"))).isEqualTo("198.51.100.9");
		assertThat(this.addresses.of(request("198.51.100.9"))).isEqualTo("198.51.100.9");
	}

	@Test
	@DisplayName("R-REISSUE-6: from a trusted proxy, the right-most untrusted hop; made-up hops left of it are not used")
	void rightToLeft() {
		assertThat(this.addresses.of(request("10.1.2.3", "203.0.113.5"))).isEqualTo("203.0.113.5");
		assertThat(this.addresses.of(request("10.1.2.3", "1.2.3.4, 203.0.113.5, 10.9.9.9"))).isEqualTo("203.0.113.5");
		// each proxy its own header line
		assertThat(this.addresses.of(request("192.0.2.1", "6.6.6.6, 203.0.113.5", "10.0.0.7")))
			.isEqualTo("203.0.113.5");
		assertThat(this.addresses.of(request("2001:db8::1", "2001:db9::5"))).isEqualTo("2001:db9::5");
	}

	@Test
	@DisplayName("R-REISSUE-6: a trusted proxy without a header, or with trusted hops only, or with garbage")
	void edges() {
		assertThat(this.addresses.of(request("10.1.2.3"))).isEqualTo("10.1.2.3");
		assertThat(this.addresses.of(request("10.1.2.3", "10.4.4.4, 10.5.5.5"))).isEqualTo("10.4.4.4");
		assertThat(this.addresses.of(request("10.1.2.3", "not-an-ip"))).isEqualTo("not-an-ip");
		assertThat(this.addresses.of(request("10.1.2.3", " , "))).isEqualTo("10.1.2.3");
	}

	@Test
	@DisplayName("a host name or a malformed range is refused at start-up")
	void badConfiguration() {
		assertThatThrownBy(() -> new ClientAddress(new ProxyProperties(List.of("proxy.example"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static MockHttpServletRequest request(String peer, String... forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reissues/links");
		request.setRemoteAddr(peer);
		for (String header : forwardedFor) {
			request.addHeader(ClientAddress.FORWARDED_FOR, header);
		}
		return request;
	}

}
