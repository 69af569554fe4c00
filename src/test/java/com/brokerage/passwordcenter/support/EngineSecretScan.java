package com.brokerage.passwordcenter.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-PWD-5: looks for secrets wherever the engine keeps data — runtime and history
 * variables, variable details, byte arrays (serialized values, stack traces), job
 * exception messages, incidents, the user operation log.
 */
public final class EngineSecretScan {

	private static final String[] TEXT_QUERIES = { "select TEXT_, TEXT2_ from ACT_RU_VARIABLE",
			"select TEXT_, TEXT2_ from ACT_HI_VARINST", "select TEXT_, TEXT2_ from ACT_HI_DETAIL",
			"select EXCEPTION_MSG_, HANDLER_CFG_ from ACT_RU_JOB",
			"select INCIDENT_MSG_, CONFIGURATION_ from ACT_HI_INCIDENT",
			"select ORG_VALUE_, NEW_VALUE_ from ACT_HI_OP_LOG", "select BUSINESS_KEY_, ACT_ID_ from ACT_RU_EXECUTION" };

	private EngineSecretScan() {
	}

	/**
	 * Every place (table and value) where one of the secrets shows up; empty when none
	 * does.
	 */
	public static List<String> find(JdbcTemplate jdbc, String... secrets) {
		List<String> hits = new ArrayList<>();
		for (String query : TEXT_QUERIES) {
			jdbc.query(query, (row) -> {
				for (int column = 1; column <= 2; column++) {
					check(hits, query, row.getString(column), secrets);
				}
			});
		}
		jdbc.query("select ID_, BYTES_ from ACT_GE_BYTEARRAY", (row) -> {
			byte[] bytes = row.getBytes(2);
			if (bytes != null) {
				check(hits, "ACT_GE_BYTEARRAY " + row.getString(1), new String(bytes, StandardCharsets.ISO_8859_1),
						secrets);
				check(hits, "ACT_GE_BYTEARRAY " + row.getString(1), new String(bytes, StandardCharsets.UTF_8), secrets);
			}
		});
		return hits;
	}

	private static void check(List<String> hits, String where, String value, String... secrets) {
		if (value == null) {
			return;
		}
		for (String secret : secrets) {
			if (secret != null && !secret.isEmpty() && value.contains(secret)) {
				hits.add(where + " holds a secret");
			}
		}
	}

}
