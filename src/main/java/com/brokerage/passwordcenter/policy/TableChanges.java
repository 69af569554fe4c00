package com.brokerage.passwordcenter.policy;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Counts committed deployments of tables on this node, so the cache knows to look again
 * (a bean of its own: the engine plugin that counts must not depend on the engine).
 */
@Component
class TableChanges {

	private final AtomicLong count = new AtomicLong();

	void deployed() {
		this.count.incrementAndGet();
	}

	long count() {
		return this.count.get();
	}

}
