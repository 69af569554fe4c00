package com.brokerage.passwordcenter.policy.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.policy.PolicyProperties;
import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.policy.guard.TableProbe.Row;

import org.springframework.stereotype.Component;

/**
 * R-LOGIN-2..4: no lock at 0 failures, a lock within the ceiling, at most one unlock, and
 * a lock never lifted by more failures.
 */
@Component
class LoginLockTableCheck implements TableCheck {

	private static final String FAILED = "failedLogins";

	private static final String UNLOCK_USED = "unlockUsed";

	private static final String KIND = "lockKind";

	private static final Set<String> KINDS = Set.of("NONE", "UNLOCK_AVAILABLE", "REISSUE_ONLY");

	private final int ceiling;

	LoginLockTableCheck(PolicyProperties properties) {
		this.ceiling = properties.ceilings().loginFailures();
	}

	@Override
	public PolicyTable table() {
		return PolicyTable.LOGIN_LOCK;
	}

	@Override
	public List<String> outputs() {
		return List.of(KIND);
	}

	@Override
	public List<Map<String, Object>> inputs(List<Integer> numbersInTable) {
		int highest = Math.max(this.ceiling, numbersInTable.stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (boolean unlockUsed : new boolean[] { false, true }) {
			for (int failures = 0; failures <= highest; failures++) {
				inputs.add(Map.of(FAILED, failures, UNLOCK_USED, unlockUsed));
			}
		}
		return inputs;
	}

	@Override
	public void checkRows(Map<String, Object> inputs, List<Row> rows, Problems problems) {
		Row row = rows.get(0);
		Object kind = row.outputs().get(KIND);
		if (!KINDS.contains(kind)) {
			problems.add(row.named() + ": lockKind '" + kind + "' is not one of NONE, UNLOCK_AVAILABLE, REISSUE_ONLY");
		}
		else if ((int) inputs.get(FAILED) == 0 && !"NONE".equals(kind)) {
			problems.add(row.named() + ": locks at 0 failures; a lock threshold is at least 1 (R-LOGIN-2)");
		}
		else if (Boolean.TRUE.equals(inputs.get(UNLOCK_USED)) && "UNLOCK_AVAILABLE".equals(kind)) {
			problems.add(row.named() + ": offers another unlock at " + inputs.get(FAILED)
					+ " failures after the one unlock was used; a lock is lifted once (R-LOGIN-3)");
		}
	}

	@Override
	public void checkTable(Map<Map<String, Object>, List<Row>> answers, Problems problems) {
		for (boolean unlockUsed : new boolean[] { false, true }) {
			String before = "NONE";
			Row lockedBy = null;
			boolean reissueOnly = false;
			for (int failures = 0; answers.containsKey(Map.of(FAILED, failures, UNLOCK_USED, unlockUsed)); failures++) {
				List<Row> rows = answers.get(Map.of(FAILED, failures, UNLOCK_USED, unlockUsed));
				if (rows.size() != 1) {
					return;
				}
				String kind = String.valueOf(rows.get(0).outputs().get(KIND));
				if (!"NONE".equals(before) && ("NONE".equals(kind) || "REISSUE_ONLY".equals(before))
						&& !kind.equals(before)) {
					problems.add(rows.get(0).named() + ": at " + failures + " failures (unlockUsed=" + unlockUsed
							+ ") answers " + kind + " after " + before + " at " + (failures - 1)
							+ "; more failures never lift or soften a lock (R-LOGIN-2, R-LOGIN-4)");
				}
				if (failures <= this.ceiling) {
					reissueOnly |= "REISSUE_ONLY".equals(kind);
					if (lockedBy == null && !"NONE".equals(kind)) {
						lockedBy = rows.get(0);
					}
				}
				before = kind;
			}
			if (lockedBy == null || (unlockUsed && !reissueOnly)) {
				problems.add("no row locks " + (unlockUsed ? "for a reissue only (R-LOGIN-4)" : "(R-LOGIN-2)")
						+ " at or below " + this.ceiling + " failures with unlockUsed=" + unlockUsed
						+ ", the ceiling password-center.policy.ceilings.login-failures");
			}
		}
	}

}
