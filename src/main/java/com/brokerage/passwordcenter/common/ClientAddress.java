package com.brokerage.passwordcenter.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The customer's address as far as it can be trusted. From an address outside
 * {@code password-center.trusted-proxies} the TCP peer is the client and any
 * {@code X-Forwarded-For} is ignored (anyone can send one). From a trusted proxy the
 * header is read right to left — each proxy appends the address it saw — skipping trusted
 * hops: the first untrusted one is the client, what lies left of it the client may have
 * made up.
 */
@Component
public class ClientAddress {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private final List<IpAddressMatcher> trusted;

	ClientAddress(ProxyProperties properties) {
		// IP addresses or CIDR ranges; a host name fails here, at start-up
		this.trusted = properties.trustedProxies().stream().map(IpAddressMatcher::new).toList();
	}

	public String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!isTrusted(peer)) {
			return peer;
		}
		List<String> hops = hops(request);
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (!isTrusted(hops.get(i))) {
				return hops.get(i);
			}
		}
		// every hop is a proxy of ours (or none was named): the left-most is the nearest
		// to the client we know
		return hops.isEmpty() ? peer : hops.get(0);
	}

	private static List<String> hops(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		// several proxies may each add their own header line instead of appending
		for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
			for (String hop : header.split(",")) {
				if (StringUtils.hasText(hop)) {
					hops.add(hop.trim());
				}
			}
		}
		return hops;
	}

	private boolean isTrusted(String address) {
		if (!StringUtils.hasText(address)) {
			return false;
		}
		try {
			return this.trusted.stream().anyMatch((proxy) -> proxy.matches(address));
		}
		catch (IllegalArgumentException ex) {
			// not an IP address (a made-up hop): never a proxy of ours
			return false;
		}
	}

}
