package com.brokerage.passwordcenter.reissue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Carries a freshly made initial password from the service task that makes it to the HTTP
 * answer that shows it — in memory, read once, never through a process variable. Works
 * because Task_IssueInitialPassword runs synchronously in the request thread that
 * completed the passcode task (it must not become async).
 */
@Component
class InitialPasswordHandOver {

	private final Map<String, String> waiting = new ConcurrentHashMap<>();

	void put(String applicationId, String initialPassword) {
		this.waiting.put(applicationId, initialPassword);
	}

	/** The password, once; {@code null} if none was made. */
	String take(String applicationId) {
		return this.waiting.remove(applicationId);
	}

}
