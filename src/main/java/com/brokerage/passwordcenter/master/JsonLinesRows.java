package com.brokerage.passwordcenter.master;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The customer master as JSON Lines: one object per line with the fields of
 * {@link CsvRows#COLUMNS}, {@code accounts} an array of objects (docs/operations.md,
 * "Importing customers"). Blank lines are skipped, a UTF-8 BOM ignored.
 */
class JsonLinesRows implements Iterator<SourceRow> {

	private static final Set<String> FIELDS = Set.copyOf(CsvRows.COLUMNS);

	private static final Set<String> ACCOUNT_FIELDS = Set.of("businessLine", "branchCode", "branchName",
			"accountNumber", "webPasswordHash", "voicePasswordHash");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final BufferedReader in;

	private int lineNumber;

	private String next;

	private int nextLine;

	JsonLinesRows(BufferedReader in) {
		this.in = in;
		advance();
		if (this.next != null && this.next.startsWith("\uFEFF")) {
			this.next = this.next.substring(1);
		}
	}

	@Override
	public boolean hasNext() {
		return this.next != null;
	}

	@Override
	public SourceRow next() {
		if (this.next == null) {
			throw new NoSuchElementException();
		}
		String text = this.next;
		int line = this.nextLine;
		advance();
		try {
			return row(line, JSON.readTree(text));
		}
		catch (JsonProcessingException ex) {
			// the parser's message may quote the line: not repeated
			return SourceRow.unreadable(line, "line", "not a JSON object");
		}
	}

	private static SourceRow row(int line, JsonNode node) {
		if (!node.isObject()) {
			return SourceRow.unreadable(line, "line", "not a JSON object");
		}
		for (var names = node.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				return SourceRow.unreadable(line, name, "unknown field");
			}
		}
		JsonNode accountsNode = node.path("accounts");
		List<SourceRow.SourceAccount> accounts = new ArrayList<>();
		if (!accountsNode.isMissingNode() && !accountsNode.isNull()) {
			if (!accountsNode.isArray()) {
				return SourceRow.unreadable(line, "accounts", "must be an array");
			}
			for (JsonNode account : accountsNode) {
				if (!account.isObject()) {
					return SourceRow.unreadable(line, "accounts", "each account must be an object");
				}
				for (var names = account.fieldNames(); names.hasNext();) {
					String name = names.next();
					if (!ACCOUNT_FIELDS.contains(name)) {
						return SourceRow.unreadable(line, "accounts." + name, "unknown field");
					}
				}
				accounts.add(new SourceRow.SourceAccount(text(account, "businessLine"), text(account, "branchCode"),
						text(account, "branchName"), text(account, "accountNumber"), text(account, "webPasswordHash"),
						text(account, "voicePasswordHash")));
			}
		}
		return new SourceRow(line, text(node, "customerId"), text(node, "birthDate"), text(node, "name"),
				text(node, "unified"), text(node, "mobile"), text(node, "email"), accounts, null);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.asText();
		return text.isBlank() ? null : text.strip();
	}

	private void advance() {
		try {
			String line;
			while ((line = this.in.readLine()) != null) {
				this.lineNumber++;
				if (!line.isBlank()) {
					this.next = line;
					this.nextLine = this.lineNumber;
					return;
				}
			}
			this.next = null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
