package com.brokerage.passwordcenter.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's {@code com.deque.html.axe-core:selenium}, which injects its bundled
 * axe.min.js) run on the page the browser shows, against WCAG 2.1 A/AA and axe's best
 * practices. Every page's violations, by rule id and impact, go to
 * {@code target/axe/<language>/<page>.json} and to a summary line, even when there are
 * none.
 */
final class AxeReport {

	/** The impacts that fail the test; "moderate" and "minor" are reported only. */
	static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	private static final Path DIRECTORY = Path.of("target", "axe");

	private final String language;

	private final List<String> summary = new ArrayList<>();

	private final List<String> blocking = new ArrayList<>();

	AxeReport(String language) {
		this.language = language;
	}

	/** Scans the page now shown and records it as {@code page}. */
	void scan(WebDriver browser, String page) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed on " + page + ": " + results.getErrorMessage());
		}
		List<Map<String, Object>> violations = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			Map<String, Object> violation = new LinkedHashMap<>();
			violation.put("id", rule.getId());
			violation.put("impact", rule.getImpact());
			violation.put("help", rule.getHelp());
			violation.put("nodes", rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList());
			violations.add(violation);
			ids.add(rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + ")");
			if (BLOCKING.contains(rule.getImpact())) {
				this.blocking.add(this.language + " " + page + ": " + rule.getId() + " " + rule.getImpact() + " at "
						+ violation.get("nodes"));
			}
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("page", page);
		report.put("language", this.language);
		report.put("url", browser.getCurrentUrl());
		report.put("axe", results.getTestEngine().getVersion());
		report.put("passes", results.getPasses().size());
		report.put("incomplete", results.getIncomplete().stream().map(Rule::getId).toList());
		report.put("violations", violations);
		write(page, report);
		this.summary.add(String.format("axe %-5s %-28s %d violation(s)%s", this.language, page, violations.size(),
				ids.isEmpty() ? "" : ": " + String.join(", ", ids)));
	}

	List<String> summary() {
		return this.summary;
	}

	/** The serious and critical violations found so far. */
	List<String> blocking() {
		return this.blocking;
	}

	/** Writes the summary beside the pages' reports and returns it. */
	String writeSummary() {
		String text = String.join("\n", this.summary) + "\n";
		try {
			Files.writeString(DIRECTORY.resolve(this.language).resolve("summary.txt"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text;
	}

	private void write(String page, Map<String, Object> report) {
		try {
			Path file = DIRECTORY.resolve(this.language).resolve(page + ".json");
			Files.createDirectories(file.getParent());
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
