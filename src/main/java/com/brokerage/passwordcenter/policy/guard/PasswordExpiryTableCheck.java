package com.brokerage.passwordcenter.policy.guard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.policy.guard.TableProbe.Row;

import org.springframework.stereotype.Component;

/** R-CHANGE-2: each business line one row, a positive maximum age or null (never). */
@Component
class PasswordExpiryTableCheck implements TableCheck {

	@Override
	public PolicyTable table() {
		return PolicyTable.PASSWORD_EXPIRY;
	}

	@Override
	public List<String> outputs() {
		return List.of("maxAge");
	}

	@Override
	public List<Map<String, Object>> inputs(List<Integer> numbersInTable) {
		return Arrays.stream(BusinessLine.values())
			.map((line) -> Map.<String, Object>of("businessLine", line.name()))
			.toList();
	}

	@Override
	public void checkRows(Map<String, Object> inputs, List<Row> rows, Problems problems) {
		Values.positivePeriodOrNull(rows.get(0), "maxAge", problems);
	}

}
