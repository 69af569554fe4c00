package com.brokerage.passwordcenter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.brokerage.passwordcenter.policy.PolicyTable;
import org.camunda.bpm.engine.RepositoryService;

/**
 * Tests change a policy table as an analyst does: a new version of the shipped file with
 * one cell edited, deployed to the engine (the guard rails apply). {@link #restore}
 * deploys the shipped file again, so a cached test context goes on with today's rules.
 */
public final class PolicyEdits {

	private PolicyEdits() {
	}

	/** The shipped file of {@code dmn/}, as the build put it on the classpath. */
	public static String shipped(PolicyTable table) {
		try (InputStream in = PolicyEdits.class.getResourceAsStream("/" + table.file())) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The shipped file with {@code from} (which must occur) replaced by {@code to}. */
	public static String edited(PolicyTable table, String from, String to) {
		String shipped = shipped(table);
		if (!shipped.contains(from)) {
			throw new IllegalArgumentException(table.file() + " has no '" + from + "'");
		}
		return shipped.replace(from, to);
	}

	/** Deploys the edited table as a new version; returns the deployment id. */
	public static String deploy(RepositoryService repository, PolicyTable table, String from, String to) {
		return deployText(repository, table, edited(table, from, to));
	}

	public static String deployText(RepositoryService repository, PolicyTable table, String text) {
		return repository.createDeployment()
			.name("test edit of " + table.key())
			.addString(table.file().substring("dmn/".length()), text)
			.deploy()
			.getId();
	}

	/** Today's rules again: the shipped file as the latest version. */
	public static void restore(RepositoryService repository, PolicyTable table) {
		deployText(repository, table, shipped(table));
	}

}
