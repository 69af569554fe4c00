package com.brokerage.passwordcenter.master;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import java.util.NoSuchElementException;

/**
 * The customer master as CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a
 * UTF-8 BOM ignored), one customer per record, under a header naming {@link #COLUMNS}.
 * Accounts sit in one field:
 * {@code LINE|branchCode|branchName|accountNumber[|webHash[|voiceHash]]}, several joined
 * by {@code ;} (docs/operations.md, "Importing customers").
 */
class CsvRows implements Iterator<SourceRow> {

	static final List<String> COLUMNS = List.of("customerId", "birthDate", "name", "unified", "mobile", "email",
			"accounts");

	private final BufferedReader in;

	private int lineNumber = 1;

	private int recordLine;

	private List<String> next;

	CsvRows(BufferedReader in) {
		this.in = in;
		skipBom();
		List<String> header = readRecord();
		if (header == null || !COLUMNS.equals(header.stream().map(String::strip).toList())) {
			throw new IllegalArgumentException("the first line must be the header " + String.join(",", COLUMNS));
		}
		this.next = readRecord();
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
		List<String> fields = this.next;
		int line = this.recordLine;
		this.next = readRecord();
		if (fields.size() != COLUMNS.size()) {
			return SourceRow.unreadable(line, "line", "has " + fields.size() + " fields, the header " + COLUMNS.size());
		}
		List<SourceRow.SourceAccount> accounts = new ArrayList<>();
		String accountsField = blankToNull(fields.get(6));
		if (accountsField != null) {
			for (String account : accountsField.split(";", -1)) {
				String[] parts = account.strip().split("\\|", -1);
				if (parts.length < 4 || parts.length > 6) {
					return SourceRow.unreadable(line, "accounts",
							"each account is LINE|branchCode|branchName|accountNumber[|webHash[|voiceHash]]");
				}
				String[] all = Arrays.copyOf(parts, 6);
				accounts.add(new SourceRow.SourceAccount(blankToNull(all[0]), blankToNull(all[1]), blankToNull(all[2]),
						blankToNull(all[3]), blankToNull(all[4]), blankToNull(all[5])));
			}
		}
		return new SourceRow(line, blankToNull(fields.get(0)), blankToNull(fields.get(1)), blankToNull(fields.get(2)),
				blankToNull(fields.get(3)), blankToNull(fields.get(4)), blankToNull(fields.get(5)), accounts, null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private void skipBom() {
		try {
			this.in.mark(1);
			if (this.in.read() != '\uFEFF') {
				this.in.reset();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The next record, blank lines skipped; {@code null} at the end. */
	private List<String> readRecord() {
		try {
			while (true) {
				this.recordLine = this.lineNumber;
				List<String> fields = new ArrayList<>();
				StringBuilder field = new StringBuilder();
				boolean quoted = false;
				boolean any = false;
				int c;
				while ((c = this.in.read()) != -1) {
					any = true;
					if (quoted) {
						if (c == '"') {
							this.in.mark(1);
							if (this.in.read() == '"') {
								field.append('"');
							}
							else {
								this.in.reset();
								quoted = false;
							}
						}
						else {
							if (c == '\n') {
								this.lineNumber++;
							}
							field.append((char) c);
						}
					}
					else if (c == '"') {
						quoted = true;
					}
					else if (c == ',') {
						fields.add(field.toString());
						field.setLength(0);
					}
					else if (c == '\r') {
						// CRLF: the LF ends the record
					}
					else if (c == '\n') {
						this.lineNumber++;
						break;
					}
					else {
						field.append((char) c);
					}
				}
				if (!any) {
					return null;
				}
				fields.add(field.toString());
				if (fields.size() == 1 && fields.get(0).isBlank()) {
					continue;
				}
				return fields;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
