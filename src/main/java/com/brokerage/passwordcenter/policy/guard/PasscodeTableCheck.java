package com.brokerage.passwordcenter.policy.guard;

import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.policy.PolicyProperties;
import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.policy.guard.TableProbe.Row;

import org.springframework.stereotype.Component;

/**
 * R-REISSUE-4/7/8: at least 6 digits (fewer are guessed too easily), a positive validity,
 * attempts and cooldown, each within its ceiling.
 */
@Component
class PasscodeTableCheck implements TableCheck {

	static final int MIN_LENGTH = 6;

	private final PolicyProperties.Ceilings ceilings;

	PasscodeTableCheck(PolicyProperties properties) {
		this.ceilings = properties.ceilings();
	}

	@Override
	public PolicyTable table() {
		return PolicyTable.PASSCODE;
	}

	@Override
	public List<String> outputs() {
		return List.of("length", "validity", "maxWrongAttempts", "resendCooldown");
	}

	@Override
	public List<Map<String, Object>> inputs(List<Integer> numbersInTable) {
		return List.of(Map.of());
	}

	@Override
	public void checkRows(Map<String, Object> inputs, List<Row> rows, Problems problems) {
		Row row = rows.get(0);
		Values.wholeNumberWithin(row, "length", MIN_LENGTH, this.ceilings.passcodeLength(), "passcode-length",
				problems);
		Values.durationWithin(row, "validity", this.ceilings.passcodeValidity(), "passcode-validity", problems);
		Values.wholeNumberWithin(row, "maxWrongAttempts", 1, this.ceilings.passcodeWrongAttempts(),
				"passcode-wrong-attempts", problems);
		Values.durationWithin(row, "resendCooldown", this.ceilings.passcodeResendCooldown(), "passcode-resend-cooldown",
				problems);
	}

}
