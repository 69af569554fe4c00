package com.brokerage.passwordcenter.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Camunda's engine REST API and webapps look their engine up by name in a static,
 * JVM-wide registry. Every cached test context registers its own engine there as
 * "default", the last one started wins, and a closed context takes the name away. A test
 * that calls {@code /engine-rest} or {@code /camunda} of its own context puts its engine
 * back first.
 */
public final class DefaultEngine {

	private DefaultEngine() {
	}

	public static void serve(ProcessEngine engine) {
		ProcessEngines.registerProcessEngine(engine);
	}

}
