package com.brokerage.passwordcenter.master;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.customer.BirthDates;
import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import com.brokerage.passwordcenter.password.SecretHasher;

import org.springframework.stereotype.Component;

/**
 * Checks one row of the customer master field by field: ID and business-number checksums,
 * the date as {@code YYYYMMDD}, business lines, branch and account numbers, mobile and
 * email, and legacy hashes in an accepted format ({@link SecretHasher#LEGACY_IDS}). Every
 * fault of the row is reported, not only the first.
 */
@Component
class MasterRowValidator {

	private static final Pattern MOBILE = Pattern.compile("09[0-9]{8}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern BRANCH_CODE = Pattern.compile("[A-Za-z0-9]{1,8}");

	private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,20}");

	private static final Pattern HASH = Pattern.compile("\\{([^}]+)\\}(.+)");

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$[0-9]{2}\\$[./A-Za-z0-9]{53}");

	private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64,}");

	private static final Pattern SCRYPT = Pattern.compile("\\$[0-9a-f]+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+");

	private static final Pattern ARGON2 = Pattern
		.compile("\\$argon2(id|i|d)\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+");

	private final Clock clock;

	MasterRowValidator(Clock clock) {
		this.clock = clock;
	}

	/** The checked customer, or every refusal of the row. */
	Result check(SourceRow row) {
		if (row.formatError() != null) {
			return Result.refused(List.of(row.formatError()));
		}
		int line = row.line();
		List<Refusal> refusals = new ArrayList<>();
		String id = TaiwanIds.normalize(row.customerId());
		if (id == null) {
			refusals.add(new Refusal(line, "customerId", "missing"));
		}
		else if (!TaiwanIds.isValidCustomerId(id)) {
			refusals.add(
					new Refusal(line, "customerId", "not a valid national ID or business number (format or checksum)"));
		}
		Optional<LocalDate> date = BirthDates.parse(row.birthDate(), this.clock);
		if (date.isEmpty()) {
			refusals.add(new Refusal(line, "birthDate",
					row.birthDate() == null ? "missing" : "not a real past date as YYYYMMDD (Gregorian)"));
		}
		if (row.name() == null) {
			refusals.add(new Refusal(line, "name", "missing"));
		}
		else if (row.name().length() > 100) {
			refusals.add(new Refusal(line, "name", "longer than 100 characters"));
		}
		Boolean unified = unified(row.unified());
		if (unified == null) {
			refusals.add(new Refusal(line, "unified", "must be Y or N (or true/false)"));
		}
		String mobile = row.mobile() == null ? null : row.mobile().replaceAll("[\\s-]", "");
		if (mobile != null && !MOBILE.matcher(mobile).matches()) {
			refusals.add(new Refusal(line, "mobile", "not a Taiwan mobile number 09xxxxxxxx"));
		}
		if (row.email() != null && (row.email().length() > 254 || !EMAIL.matcher(row.email()).matches())) {
			refusals.add(new Refusal(line, "email", "not an email address"));
		}
		List<MasterCustomer.MasterAccount> accounts = accounts(row, refusals);
		if (Boolean.TRUE.equals(unified)
				&& accounts.stream().map((a) -> String.valueOf(a.webPasswordHash())).distinct().count() > 1) {
			refusals.add(new Refusal(line, "accounts",
					"a unified customer has one password: every account the same webPasswordHash (or none)"));
		}
		if (!refusals.isEmpty()) {
			return Result.refused(refusals);
		}
		return Result
			.accepted(new MasterCustomer(line, id, date.get(), row.name(), unified, mobile, row.email(), accounts));
	}

	private List<MasterCustomer.MasterAccount> accounts(SourceRow row, List<Refusal> refusals) {
		int line = row.line();
		if (row.accounts().isEmpty()) {
			refusals.add(new Refusal(line, "accounts", "at least one account"));
			return List.of();
		}
		List<MasterCustomer.MasterAccount> accounts = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < row.accounts().size(); i++) {
			SourceRow.SourceAccount account = row.accounts().get(i);
			String at = "accounts[" + i + "].";
			int before = refusals.size();
			BusinessLine businessLine = businessLine(account.businessLine());
			if (businessLine == null) {
				refusals.add(new Refusal(line, at + "businessLine",
						"one of SECURITIES, FUTURES, SUB_BROKERAGE, WEALTH_MANAGEMENT, STOCK_AFFAIRS"));
			}
			if (account.branchCode() == null || !BRANCH_CODE.matcher(account.branchCode()).matches()) {
				refusals.add(new Refusal(line, at + "branchCode", "1 to 8 letters or digits"));
			}
			if (account.branchName() == null || account.branchName().length() > 50) {
				refusals.add(new Refusal(line, at + "branchName", "1 to 50 characters"));
			}
			if (account.accountNumber() == null || !ACCOUNT_NUMBER.matcher(account.accountNumber()).matches()) {
				refusals.add(new Refusal(line, at + "accountNumber", "1 to 20 letters, digits or hyphens"));
			}
			hash(account.webPasswordHash(), line, at + "webPasswordHash", refusals);
			hash(account.voicePasswordHash(), line, at + "voicePasswordHash", refusals);
			if (refusals.size() > before) {
				continue;
			}
			MasterCustomer.MasterAccount checked = new MasterCustomer.MasterAccount(businessLine,
					account.branchCode().toUpperCase(Locale.ROOT), account.branchName(), account.accountNumber(),
					account.webPasswordHash(), account.voicePasswordHash());
			if (!keys.add(checked.key())) {
				refusals.add(new Refusal(line, at + "accountNumber", "the same account twice in the row"));
			}
			accounts.add(checked);
		}
		return accounts;
	}

	/**
	 * A legacy hash must be in a format the login can verify; the value is never echoed.
	 */
	static void hash(String hash, int line, String field, List<Refusal> refusals) {
		if (hash == null) {
			return;
		}
		Matcher matcher = HASH.matcher(hash);
		if (!matcher.matches() || !SecretHasher.LEGACY_IDS.contains(matcher.group(1))) {
			refusals
				.add(new Refusal(line, field, "not a hash in an accepted format {bcrypt}, {pbkdf2}, {scrypt}, {argon2}"
						+ " (or their @SpringSecurity_v5_8 variants)"));
			return;
		}
		String id = matcher.group(1);
		String body = matcher.group(2);
		boolean shaped = switch (id.substring(0, Math.min(id.length(), 4))) {
			case "bcry" -> BCRYPT.matcher(body).matches();
			case "pbkd" -> HEX.matcher(body).matches();
			case "scry" -> SCRYPT.matcher(body).matches();
			default -> ARGON2.matcher(body).matches();
		};
		if (!shaped) {
			refusals.add(new Refusal(line, field, "a {" + id + "} hash of the wrong shape"));
		}
	}

	private static BusinessLine businessLine(String value) {
		if (value == null) {
			return null;
		}
		for (BusinessLine line : BusinessLine.values()) {
			if (line.name().equalsIgnoreCase(value) || line.label().equals(value)) {
				return line;
			}
		}
		return null;
	}

	private static Boolean unified(String value) {
		if (value == null) {
			return false;
		}
		return switch (value.toUpperCase(Locale.ROOT)) {
			case "Y", "YES", "TRUE", "1" -> true;
			case "N", "NO", "FALSE", "0" -> false;
			default -> null;
		};
	}

	/** Either a customer to write or the row's refusals. */
	record Result(MasterCustomer customer, List<Refusal> refusals) {

		static Result accepted(MasterCustomer customer) {
			return new Result(customer, List.of());
		}

		static Result refused(List<Refusal> refusals) {
			return new Result(null, refusals);
		}

		boolean isAccepted() {
			return this.customer != null;
		}

	}

}
