package com.brokerage.passwordcenter.policy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Names at start-up each former policy setting still configured: the tables of
 * {@code dmn/} decide now, so such a value changes nothing (issue 19).
 */
@Component
class IgnoredPolicySettings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IgnoredPolicySettings.class);

	static final List<String> FORMER = List.of("password-center.login.failures-before-first-lock",
			"password-center.login.failures-before-final-lock", "password-center.reissue.daily-limit",
			"password-center.reissue.step-timeout", "password-center.reissue.link-validity",
			"password-center.passcode.length", "password-center.passcode.validity",
			"password-center.passcode.max-wrong-attempts", "password-center.passcode.resend-cooldown",
			"password-center.change.password-max-age");

	private final Environment environment;

	IgnoredPolicySettings(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String name : FORMER) {
			if (this.environment.containsProperty(name)) {
				log.warn("{} is no longer read: the policy tables of dmn/ decide it (docs/operations.md, "
						+ "\"Policy tables\"); change the table in Camunda Modeler instead", name);
			}
		}
	}

}
