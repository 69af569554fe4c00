package com.brokerage.passwordcenter.master;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.customer.TaiwanIds;
import com.brokerage.passwordcenter.support.ApiClient;
import com.brokerage.passwordcenter.support.MasterFiles;
import com.brokerage.passwordcenter.support.TestIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static com.brokerage.passwordcenter.support.MasterFiles.account;
import static com.brokerage.passwordcenter.support.MasterFiles.accountNumber;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk import of the customer master: good rows in, every bad one reported, nothing
 * twice, legacy hashes log in and are replaced by ours.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CustomerImportTest {

	@Autowired
	CustomerImport customerImport;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path dir;

	@Autowired
	MasterRowValidator validator;

	@Autowired
	MasterDataWriter writer;

	@Autowired
	AuditTrail audit;

	@ParameterizedTest(name = "{0} rows per transaction")
	@ValueSource(ints = { 500, 2 })
	@DisplayName("R-PWD-5: good rows are imported, each bad one is reported by line and field, a second run changes nothing")
	void importsGoodRowsReportsBadOnesAndIsIdempotent(int chunkSize) throws Exception {
		CustomerImport customerImport = new CustomerImport(this.validator, this.writer, this.audit,
				new ImportProperties(10_000, chunkSize));
		String argon2 = "{argon2@SpringSecurity_v5_8}"
				+ Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("Legacy123");
		String scrypt = "{scrypt}" + SCryptPasswordEncoder.defaultsForSpringSecurity_v4_1().encode("Scrypt123");
		String pbkdf2 = "{pbkdf2}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5().encode("Pbkdf2ab");
		String unified = TestIds.nationalId();
		String split = TestIds.nationalId();
		String company = businessNumber();
		String unifiedSecurities = accountNumber();
		String other = TestIds.nationalId();
		String differentHashes = TestIds.nationalId();
		MasterFiles file = new MasterFiles()
			.row(unified, "19800101", "陳大文", "Y", "0912345678", "chen@example.com",
					account("SECURITIES", "9A01", unifiedSecurities, argon2) + ";"
							+ account("FUTURES", "9A01", accountNumber(), argon2))
			.row(split, "19900215", "林小美", "N", "0922-333-444", "lin@example.com",
					account("SECURITIES", "9A02", accountNumber(), scrypt) + ";"
							+ account("期貨", "9A02", accountNumber(), pbkdf2))
			.row(company, "20050301", "範例科技股份有限公司", "N", "", "it@example.com",
					account("SECURITIES", "9A03", accountNumber(), null))
			// line 5 onward: refused
			.row(MasterFiles.badChecksum(TestIds.nationalId()), "19800101", "壞檢查碼", "N", "", "",
					account("SECURITIES", "9A01", accountNumber(), null))
			.row(TestIds.nationalId(), "20230230", "壞日期", "N", "", "",
					account("SECURITIES", "9A01", accountNumber(), null))
			.row(unified, "19800101", "重複", "Y", "", "", account("SECURITIES", "9A01", accountNumber(), null))
			.row(TestIds.nationalId(), "19800101", "壞業種", "N", "12345", "",
					account("BONDS", "9A01", accountNumber(), null))
			.row(TestIds.nationalId(), "19800101", "明文", "N", "", "",
					account("SECURITIES", "9A01", accountNumber(), "{MD5}5f4dcc3b5aa765d61d8327deb882cf99"))
			.row(other, "19800101", "別人的帳號", "N", "", "",
					account("WEALTH_MANAGEMENT", "9A01", accountNumber(), null) + ";"
							+ account("SECURITIES", "9A01", unifiedSecurities, null))
			.row(differentHashes, "19800101", "歸戶兩密碼", "Y", "", "",
					account("SECURITIES", "9A01", accountNumber(), scrypt) + ";"
							+ account("FUTURES", "9A01", accountNumber(), pbkdf2));
		Path csv = write("customers.csv", file.csv(true));
		int customersBefore = count("customer");
		int accountsBefore = count("account");

		ImportReport first = customerImport.run(csv, ImportFormat.CSV, false, "ops-alice");

		assertThat(first.read()).isEqualTo(10);
		assertThat(first.created()).isEqualTo(3);
		assertThat(first.withoutPassword()).isEqualTo(1);
		assertThat(first.refusals()).extracting(Refusal::line, Refusal::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5, "customerId"),
					org.assertj.core.groups.Tuple.tuple(6, "birthDate"),
					org.assertj.core.groups.Tuple.tuple(7, "customerId"),
					org.assertj.core.groups.Tuple.tuple(8, "mobile"),
					org.assertj.core.groups.Tuple.tuple(8, "accounts[0].businessLine"),
					org.assertj.core.groups.Tuple.tuple(9, "accounts[0].webPasswordHash"),
					org.assertj.core.groups.Tuple.tuple(10, "accounts[1].accountNumber"),
					org.assertj.core.groups.Tuple.tuple(11, "accounts"));
		assertThat(first.refused()).isEqualTo(7);
		// the row whose second account belongs to someone else left not even its first
		// account
		assertThat(
				this.jdbc.queryForObject("select count(*) from customer where customer_id = ?", Integer.class, other))
			.isZero();
		assertThat(count("customer")).isEqualTo(customersBefore + 3);
		assertThat(count("account")).isEqualTo(accountsBefore + 5);
		assertThat(
				this.jdbc.queryForObject("select unified from customer where customer_id = ?", Boolean.class, unified))
			.isTrue();
		assertThat(this.jdbc.queryForObject("select mobile from customer where customer_id = ?", String.class, split))
			.isEqualTo("0922333444");

		ImportReport second = customerImport.run(csv, ImportFormat.CSV, false, "ops-alice");

		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(3);
		assertThat(second.changedNothing()).isTrue();
		assertThat(second.summary()).contains("nothing changed: the database already holds this file");
		assertThat(second.refusals()).isEqualTo(first.refusals());
		assertThat(count("customer")).isEqualTo(customersBefore + 3);
		assertThat(count("account")).isEqualTo(accountsBefore + 5);
	}

	@Test
	@DisplayName("R-PWD-5: an imported customer logs in with the legacy hash, which is then re-hashed with ours (upgradeEncoding)")
	void legacyHashLogsInAndIsUpgraded() throws Exception {
		String argon2 = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_2().encode("Legacy123");
		String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}"
				+ Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("Futures12");
		String unified = TestIds.nationalId();
		String split = TestIds.nationalId();
		String none = TestIds.nationalId();
		Path csv = write("legacy.csv",
				new MasterFiles()
					.row(unified, "19800101", "陳大文", "Y", "0912345678", "chen@example.com",
							account("SECURITIES", "9B01", accountNumber(), argon2) + ";"
									+ account("SUB_BROKERAGE", "9B01", accountNumber(), argon2))
					.row(split, "19800101", "林小美", "N", "0912345678", "lin@example.com",
							account("SECURITIES", "9B01", accountNumber(), argon2) + ";"
									+ account("FUTURES", "9B01", accountNumber(), pbkdf2))
					.row(none, "19800101", "無密碼", "N", "0912345678", "none@example.com",
							account("SECURITIES", "9B01", accountNumber(), null))
					.csv(false));
		assertThat(this.customerImport.run(csv, ImportFormat.CSV, false, "ops-bob").created()).isEqualTo(3);

		assertThat(new ApiClient(this.mvc).login(unified, "Legacy123").getStatus()).isEqualTo(200);
		// main's design (login.LoginRehash): the legacy hash gives way to a verifier
		assertThat(webHashes(unified)).hasSize(2).containsOnlyNulls();
		assertThat(verifiers(unified)).hasSize(2).doesNotContainNull();
		// the re-hashed password still opens the login, the legacy one is gone
		assertThat(new ApiClient(this.mvc).login(unified, "Legacy123").getStatus()).isEqualTo(200);

		assertThat(new ApiClient(this.mvc).login(split, "Futures12").getStatus()).isEqualTo(200);
		List<String> splitHashes = webHashes(split);
		assertThat(splitHashes.get(0)).startsWith("{argon2}");
		assertThat(splitHashes.get(1)).isNull();

		// without a hash: no password opens the login (reissue only)
		assertThat(new ApiClient(this.mvc).login(none, "").getStatus()).isEqualTo(400);
		assertThat(new ApiClient(this.mvc).login(none, "{none}").getStatus()).isEqualTo(401);
		assertThat(new ApiClient(this.mvc).login(none, "Anything1").getStatus()).isEqualTo(401);
	}

	@Test
	@DisplayName("R-OPS-4: every import is audited (operator, file, counts), a dry run writes nothing, no hash in the audit")
	void auditedAndDryRun() throws Exception {
		String scrypt = "{scrypt@SpringSecurity_v5_8}"
				+ SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8().encode("Scrypt123");
		String id = TestIds.nationalId();
		String number = accountNumber();
		Path jsonl = write("master.jsonl", "\uFEFF{\"customerId\":\"" + id
				+ "\",\"birthDate\":\"19800101\",\"name\":\"陳大文\",\"unified\":\"N\",\"mobile\":\"0912345678\","
				+ "\"email\":\"a@example.com\",\"accounts\":[{\"businessLine\":\"SECURITIES\",\"branchCode\":\"9C01\","
				+ "\"branchName\":\"台北\",\"accountNumber\":\"" + number + "\",\"webPasswordHash\":\"" + scrypt
				+ "\"}]}\r\n\r\n{\"customerId\":\"" + id + "\",\"surprise\":1}\r\n");

		ImportReport dry = this.customerImport.run(jsonl, ImportFormat.JSONL, true, "ops-carol");
		assertThat(dry.created()).isEqualTo(1);
		assertThat(dry.refusals()).containsExactly(new Refusal(3, "surprise", "unknown field"));
		assertThat(this.jdbc.queryForObject("select count(*) from customer where customer_id = ?", Integer.class, id))
			.isZero();

		ImportReport real = this.customerImport.run(jsonl, ImportFormat.JSONL, false, "ops-carol");
		assertThat(real.created()).isEqualTo(1);
		List<String> details = this.jdbc.queryForList(
				"select outcome || ' ' || detail from audit_record where action = 'MASTER_IMPORT' and actor = 'ops-carol'"
						+ " and customer_ref is null order by id",
				String.class);
		assertThat(details).containsExactly(
				"DRY_RUN file=master.jsonl format=JSONL read=2 created=1 updated=0 unchanged=0 refused=1 withoutPassword=0 dry-run",
				"COMPLETED file=master.jsonl format=JSONL read=2 created=1 updated=0 unchanged=0 refused=1 withoutPassword=0");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_record a join customer c on c.id = a.customer_ref"
						+ " where c.customer_id = ? and a.action = 'MASTER_IMPORT' and a.outcome = 'CREATED'",
				Integer.class, id))
			.isEqualTo(1);
		String audit = String.join("\n", this.jdbc
			.queryForList("select concat(actor, subject, outcome, detail) from audit_record", String.class));
		assertThat(audit).doesNotContain(scrypt.substring(30)).doesNotContain(id);
	}

	private List<String> verifiers(String customerId) {
		return this.jdbc.queryForList("select a.web_password_verifier from account a join customer c"
				+ " on c.id = a.customer_ref where c.customer_id = ? order by a.id", String.class, customerId);
	}

	private List<String> webHashes(String customerId) {
		return this.jdbc
			.queryForList("select a.web_password_hash from account a join customer c on c.id = a.customer_ref"
					+ " where c.customer_id = ? order by a.id", String.class, customerId);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(this.dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	static String businessNumber() {
		while (true) {
			String candidate = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (TaiwanIds.isValidBusinessNumber(candidate) && !TaiwanIds.isValidNationalId(candidate)) {
				return candidate;
			}
		}
	}

}
