package com.brokerage.passwordcenter.master;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.brokerage.passwordcenter.support.MasterFiles;
import com.brokerage.passwordcenter.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.brokerage.passwordcenter.support.MasterFiles.account;
import static com.brokerage.passwordcenter.support.MasterFiles.accountNumber;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator's day-to-day update from the customer master, as docs/api.md shows it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OperatorCustomerApiTest {

	private static final String OPERATOR = "operator:operator-test";

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerImport customerImport;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	@DisplayName("R-OPS-4: an operator updates mobile, email and accounts of one customer; audited with the operator's name")
	void updatesContactsAndAccounts() throws Exception {
		String id = TestIds.nationalId();
		String securities = accountNumber();
		String other = TestIds.nationalId();
		String othersAccount = accountNumber();
		importCustomers(new MasterFiles()
			.row(id, "19800101", "陳大文", "N", "0912345678", "chen@example.com",
					account("SECURITIES", "9D01", securities, null))
			.row(other, "19800101", "林小美", "N", "", "", account("SECURITIES", "9D01", othersAccount, null)));
		String futures = accountNumber();
		String body = "{\"mobile\":\"0987654321\",\"email\":\"new@example.com\",\"accounts\":["
				+ "{\"businessLine\":\"SECURITIES\",\"branchCode\":\"9D01\",\"branchName\":\"信義分公司\",\"accountNumber\":\""
				+ securities + "\"},{\"businessLine\":\"FUTURES\",\"branchCode\":\"9D01\",\"branchName\":\"信義分公司\","
				+ "\"accountNumber\":\"" + futures + "\"}]}";

		MockHttpServletResponse updated = put(id, body, OPERATOR);
		assertThat(updated.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(updated.getContentAsString(), "$.outcome")).isEqualTo("UPDATED");
		assertThat(this.jdbc.queryForMap("select mobile, email from customer where customer_id = ?", id))
			.containsEntry("MOBILE", "0987654321")
			.containsEntry("EMAIL", "new@example.com");
		assertThat(this.jdbc.queryForList(
				"select a.branch_name || '/' || a.business_line from account a"
						+ " join customer c on c.id = a.customer_ref where c.customer_id = ? order by a.id",
				String.class, id))
			.containsExactly("信義分公司/SECURITIES", "信義分公司/FUTURES");
		assertThat(this.jdbc.queryForList("select a.actor || ' ' || a.outcome from audit_record a"
				+ " join customer c on c.id = a.customer_ref where c.customer_id = ? and a.action = 'MASTER_UPDATE'",
				String.class, id))
			.containsExactly("operator UPDATED");

		MockHttpServletResponse again = put(id, body, OPERATOR);
		assertThat((String) JsonPath.read(again.getContentAsString(), "$.outcome")).isEqualTo("UNCHANGED");

		// only the contacts: the accounts stay
		MockHttpServletResponse contactsOnly = put(id, "{\"mobile\":\"0987654321\",\"email\":null}", OPERATOR);
		assertThat((String) JsonPath.read(contactsOnly.getContentAsString(), "$.outcome")).isEqualTo("UPDATED");
		assertThat(this.jdbc.queryForObject("select count(*) from account a join customer c on c.id = a.customer_ref"
				+ " where c.customer_id = ? and c.email is null", Integer.class, id))
			.isEqualTo(2);
	}

	@Test
	@DisplayName("refusals are {code,message,field}: bad mobile, unknown customer, another's account, a hash, no operator")
	void refusals() throws Exception {
		String id = TestIds.nationalId();
		String other = TestIds.nationalId();
		String othersAccount = accountNumber();
		importCustomers(new MasterFiles()
			.row(id, "19800101", "陳大文", "N", "", "", account("SECURITIES", "9D02", accountNumber(), null))
			.row(other, "19800101", "林小美", "N", "", "", account("SECURITIES", "9D02", othersAccount, null)));

		assertError(put(id, "{\"mobile\":\"12345\"}", OPERATOR), 400, "FIELD_INVALID", "mobile");
		assertError(put(TestIds.nationalId(), "{\"mobile\":\"0912345678\"}", OPERATOR), 404, "CUSTOMER_NOT_FOUND",
				"customerId");
		assertError(put("A123456788", "{}", OPERATOR), 400, "INVALID_NATIONAL_ID", "customerId");
		assertError(
				put(id, "{\"accounts\":[{\"businessLine\":\"SECURITIES\",\"branchCode\":\"9D02\","
						+ "\"branchName\":\"台北\",\"accountNumber\":\"" + othersAccount + "\"}]}", OPERATOR),
				409, "ACCOUNT_OF_ANOTHER_CUSTOMER", "accounts[0].accountNumber");
		assertError(
				put(id, "{\"accounts\":[{\"businessLine\":\"SECURITIES\",\"branchCode\":\"9D02\","
						+ "\"branchName\":\"台北\",\"accountNumber\":\"1\",\"webPasswordHash\":\"{noop}x\"}]}", OPERATOR),
				400, "UNKNOWN_FIELD", null);
		assertError(put(id, "{\"mobile\":\"0912345678\"}", null), 401, "NOT_AUTHENTICATED", null);
	}

	private void assertError(MockHttpServletResponse response, int status, String code, String field) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.code")).isEqualTo(code);
		assertThat((String) JsonPath.read(body, "$.message")).isNotBlank();
		if (field != null) {
			assertThat((String) JsonPath.read(body, "$.field")).startsWith(field.replaceAll("\\[.*", ""));
		}
	}

	private MockHttpServletResponse put(String id, String json, String credentials) throws Exception {
		var request = MockMvcRequestBuilders.put("/api/v1/operator/customers/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private void importCustomers(MasterFiles file) throws Exception {
		Path csv = Files.writeString(this.dir.resolve("master.csv"), file.csv(false), StandardCharsets.UTF_8);
		assertThat(this.customerImport.run(csv, ImportFormat.CSV, false, "ops").refusals()).isEmpty();
	}

}
