package com.brokerage.passwordcenter.demo;

/**
 * The demo is an explicit profile: demo users and customers, the dev PKI, the local mail
 * and SMS sinks exist only when it is chosen ({@code mvn spring-boot:run} chooses it).
 * Without it the app has no default secret, user or sink, and refuses to start incomplete
 * ({@link com.brokerage.passwordcenter.common.RequiredSettings}).
 */
public final class DemoProfile {

	public static final String NAME = "demo";

	private DemoProfile() {
	}

}
