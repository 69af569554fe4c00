package com.brokerage.passwordcenter.benchmark;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.brokerage.passwordcenter.password.DerivedKey;
import com.brokerage.passwordcenter.password.VoiceKeypad;
import com.brokerage.passwordcenter.password.WebPasswords;
import com.brokerage.passwordcenter.support.TestIds;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The bench's customers, written the way the bank's systems would (hashes only) straight
 * into the app's database (its H2 file, or PostgreSQL) while the app is stopped, so
 * seeding 20,000 customers costs two bcrypt hashes instead of 40,000: the web passwords
 * in today's scheme (docs/decisions.md#hashing) under one salt shared by the bench's
 * customers (one key, then an HMAC per account), the voice passwords one {@code {bcrypt}}
 * hash. Each kind has its own mobile numbers, so the driver finds its passcode SMS by
 * number.
 */
final class BenchCustomers {

	static final String PASSWORD = "Bench1234";

	static final LocalDate BIRTH_DATE = LocalDate.of(1990, 2, 15);

	static final String BIRTH_DATE_TEXT = "19900215";

	private BenchCustomers() {
	}

	/** A customer the driver uses: national ID and the mobile on file. */
	record Seeded(String nationalId, String mobile) {

		/** The number as the SMS sink shows it (E.164). */
		String e164() {
			return "+886" + this.mobile.substring(1);
		}

	}

	/**
	 * Writes {@code count} customers with the prefix's mobile numbers
	 * ({@code 09P.......}); {@code unified} customers get a securities and a futures
	 * account sharing the password, others one securities account.
	 */
	static List<Seeded> seed(BenchDatabase database, Path appDirectory, int prefix, int count, boolean unified)
			throws SQLException {
		return seed(database, appDirectory, prefix, count, unified, unified ? 2 : 1);
	}

	/**
	 * As above with {@code accounts} accounts each (business lines in turn, a second
	 * branch past the fifth), all opened by {@link #PASSWORD}.
	 */
	static List<Seeded> seed(BenchDatabase database, Path appDirectory, int prefix, int count, boolean unified,
			int accounts) throws SQLException {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
		String voice = "{bcrypt}" + bcrypt.encode(VoiceKeypad.toDigits(PASSWORD));
		byte[] saltBytes = new byte[16];
		new SecureRandom().nextBytes(saltBytes);
		String salt = WebPasswords.salt(10, saltBytes);
		DerivedKey key = WebPasswords.kdf(PASSWORD, salt);
		Set<String> ids = new LinkedHashSet<>();
		while (ids.size() < count) {
			ids.add(TestIds.nationalId());
		}
		List<Seeded> seeded = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection db = database.connect(appDirectory)) {
			db.setAutoCommit(false);
			try (PreparedStatement customer = db.prepareStatement(
					"insert into customer (customer_id, kind, birth_date, name, mobile, email, unified, created_at) "
							+ "values (?, 'PERSON', ?, '壓測客戶', ?, 'bench@example.com', ?, ?)")) {
				int n = 0;
				for (String id : ids) {
					String mobile = String.format("09%d%07d", prefix, n++);
					customer.setString(1, id);
					customer.setObject(2, BIRTH_DATE);
					customer.setString(3, mobile);
					customer.setBoolean(4, unified);
					customer.setTimestamp(5, now);
					customer.addBatch();
					seeded.add(new Seeded(id, mobile));
					if (n % 1000 == 0) {
						customer.executeBatch();
					}
				}
				customer.executeBatch();
			}
			String mobiles = "mobile like '09" + prefix + "%' and name = '壓測客戶'";
			try (Statement statement = db.createStatement()) {
				for (int i = 0; i < accounts; i++) {
					statement.execute(account(LINES[i % LINES.length], (i < LINES.length) ? "9A95" : "9A96",
							"B" + i + "-", voice, mobiles));
				}
				statement.execute("update customer set web_password_salt = '" + salt + "' where " + mobiles);
			}
			writeVerifiers(db, key, mobiles);
			db.commit();
		}
		return seeded;
	}

	private static final String[] LINES = { "SECURITIES", "FUTURES", "SUB_BROKERAGE", "WEALTH_MANAGEMENT",
			"STOCK_AFFAIRS" };

	private static String account(String line, String branch, String prefix, String voice, String which) {
		return "insert into account (customer_ref, business_line, branch_code, branch_name, account_number, "
				+ "voice_password_hash, password_changed_at) select id, '" + line + "', '" + branch + "', '台北分公司', '"
				+ prefix + "' || id, '" + voice + "', current_timestamp from customer where " + which;
	}

	/** Each account's verifier: HMAC-SHA-256(K, the account), what the app writes. */
	private static void writeVerifiers(Connection db, DerivedKey key, String which) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement select = db.createStatement();
				ResultSet rows = select.executeQuery(
						"select id from account where customer_ref in (select id from customer where " + which + ")")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		try (PreparedStatement update = db
			.prepareStatement("update account set web_password_verifier = ? where id = ?")) {
			int n = 0;
			for (Long id : ids) {
				update.setString(1, WebPasswords.verifier(key, id));
				update.setLong(2, id);
				update.addBatch();
				if (++n % 1000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
	}

}
