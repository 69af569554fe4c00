package com.brokerage.passwordcenter.policy.guard;

import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.policy.PolicyProperties;
import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.policy.guard.TableProbe.Row;

import org.springframework.stereotype.Component;

/**
 * R-REISSUE-2, R-REISSUE-6: a positive daily limit and durations, within the ceilings.
 */
@Component
class ReissueLimitsTableCheck implements TableCheck {

	private final PolicyProperties.Ceilings ceilings;

	ReissueLimitsTableCheck(PolicyProperties properties) {
		this.ceilings = properties.ceilings();
	}

	@Override
	public PolicyTable table() {
		return PolicyTable.REISSUE_LIMITS;
	}

	@Override
	public List<String> outputs() {
		return List.of("dailyLimit", "linkValidity", "stepTimeout");
	}

	@Override
	public List<Map<String, Object>> inputs(List<Integer> numbersInTable) {
		return List.of(Map.of());
	}

	@Override
	public void checkRows(Map<String, Object> inputs, List<Row> rows, Problems problems) {
		Row row = rows.get(0);
		Values.wholeNumberWithin(row, "dailyLimit", 1, this.ceilings.dailyLimit(), "daily-limit", problems);
		Values.durationWithin(row, "linkValidity", this.ceilings.linkValidity(), "link-validity", problems);
		Values.durationWithin(row, "stepTimeout", this.ceilings.stepTimeout(), "step-timeout", problems);
	}

}
