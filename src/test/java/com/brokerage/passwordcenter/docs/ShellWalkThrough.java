package com.brokerage.passwordcenter.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code bash} blocks of a Markdown walk-through, cut into the shell statements a
 * reader pastes, each with the answer its comment promises ({@code # 423
 * LOGIN_LOCKED_UNLOCK_AVAILABLE}: status 423, error code LOGIN_LOCKED_UNLOCK_AVAILABLE).
 * Blocks are grouped by their {@code ## } section: a reader may open a new shell for
 * each.
 */
record ShellWalkThrough(List<Section> sections) {

	/**
	 * A status first in a comment, optionally after an ellipsis, and an error code after
	 * it.
	 */
	private static final Pattern EXPECTATION = Pattern
		.compile("^#\\s*(?:…\\s*)?([1-5]\\d\\d)\\b(?:\\s+([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\b)?");

	record Section(String title, List<Statement> statements) {
	}

	/**
	 * @param line the line of the document where the statement starts (1-based)
	 * @param text the statement as written, comments included
	 * @param status the HTTP status its comment promises
	 * @param code the error code its comment promises
	 */
	record Statement(int line, String text, Optional<Integer> status, Optional<String> code) {

		Statement expecting(Matcher expectation) {
			return new Statement(this.line, this.text, Optional.of(Integer.valueOf(expectation.group(1))),
					Optional.ofNullable(expectation.group(2)));
		}

	}

	static ShellWalkThrough parse(String markdown) {
		List<Section> sections = new ArrayList<>();
		String title = "";
		List<Statement> statements = new ArrayList<>();
		String[] lines = markdown.split("\n", -1);
		boolean inBash = false;
		StringBuilder pending = null;
		int pendingLine = 0;
		QuoteState quotes = new QuoteState();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (!inBash) {
				if (line.startsWith("## ")) {
					sections.add(new Section(title, statements));
					title = line.substring(3).strip();
					statements = new ArrayList<>();
				}
				inBash = line.strip().equals("```bash");
				continue;
			}
			if (line.strip().equals("```")) {
				inBash = false;
				continue;
			}
			if (pending == null) {
				String stripped = line.strip();
				if (stripped.isEmpty()) {
					continue;
				}
				if (stripped.startsWith("#")) {
					// a comment line under a statement carries that statement's answer
					Matcher expectation = EXPECTATION.matcher(stripped);
					int last = statements.size() - 1;
					if (expectation.find() && last >= 0 && statements.get(last).status().isEmpty()) {
						statements.set(last, statements.get(last).expecting(expectation));
					}
					continue;
				}
				pending = new StringBuilder();
				pendingLine = i + 1;
			}
			else {
				pending.append('\n');
			}
			pending.append(line);
			String comment = quotes.scan(line);
			if (quotes.open() || (comment == null && line.endsWith("\\"))) {
				continue;
			}
			Statement statement = new Statement(pendingLine, pending.toString(), Optional.empty(), Optional.empty());
			Matcher expectation = (comment != null) ? EXPECTATION.matcher(comment) : null;
			statements.add((expectation != null && expectation.find()) ? statement.expecting(expectation) : statement);
			pending = null;
		}
		sections.add(new Section(title, statements));
		return new ShellWalkThrough(sections.stream().filter((section) -> !section.statements().isEmpty()).toList());
	}

	/** Quotes left open at the end of a line continue the statement on the next. */
	private static final class QuoteState {

		private boolean single;

		private boolean dbl;

		boolean open() {
			return this.single || this.dbl;
		}

		/**
		 * @return the line's trailing comment (from its {@code #}), or null
		 */
		String scan(String line) {
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (this.single) {
					this.single = c != '\'';
				}
				else if (c == '\\') {
					i++;
				}
				else if (this.dbl) {
					this.dbl = c != '"';
				}
				else if (c == '\'') {
					this.single = true;
				}
				else if (c == '"') {
					this.dbl = true;
				}
				else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
					return line.substring(i);
				}
			}
			return null;
		}

	}

}
