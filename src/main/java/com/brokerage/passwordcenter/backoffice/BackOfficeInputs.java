package com.brokerage.passwordcenter.backoffice;

import java.util.List;
import java.util.Map;

/**
 * What each back-office start and task completion must carry (the fields of its form the
 * diagram goes on to use), so an agent's or a script's call without them is refused with
 * a 400 naming the field, not a 500 from deep inside the process.
 */
final class BackOfficeInputs {

	/** Checkbox fields of the forms that the diagrams' gateways read. */
	static final String VAR_VERIFIED_NAME = "verifiedName";

	static final String VAR_VERIFIED_BIRTH_DATE = "verifiedBirthDate";

	static final String VAR_VERIFIED_CONTACT = "verifiedContact";

	static final String VAR_CONFIRM_UNLOCK = "confirmUnlock";

	static final String VAR_ID_CARD_CHECKED = "idCardChecked";

	static final String VAR_SEAL_MATCHES = "sealMatches";

	static final String VAR_CONFIRM_SPLIT = "confirmSplit";

	private static final List<RequiredInput> START = List.of(
			RequiredInput.text(BackOfficeProcesses.VAR_NATIONAL_ID, "the customer's national ID or company number"),
			RequiredInput.optionalText(BackOfficeProcesses.VAR_NOTE));

	/** By process key: the start event's inputs. */
	static final Map<String, List<RequiredInput>> AT_START = Map.of(BackOfficeProcesses.PHONE_UNLOCK,
			List.of(START.get(0), START.get(1), RequiredInput.optionalFlag(VAR_VERIFIED_NAME),
					RequiredInput.optionalFlag(VAR_VERIFIED_BIRTH_DATE),
					RequiredInput.optionalFlag(VAR_VERIFIED_CONTACT)),
			BackOfficeProcesses.BRANCH_REISSUE, START, BackOfficeProcesses.BRANCH_SPLIT, START);

	/** By user task id: what its completion must carry (or have from the start). */
	static final Map<String, List<RequiredInput>> AT_COMPLETE = Map.of(BackOfficeProcesses.TASK_CONFIRM_PHONE_UNLOCK,
			List.of(RequiredInput.flag(VAR_CONFIRM_UNLOCK), RequiredInput.flag(VAR_VERIFIED_NAME),
					RequiredInput.flag(VAR_VERIFIED_BIRTH_DATE), RequiredInput.flag(VAR_VERIFIED_CONTACT)),
			BackOfficeProcesses.TASK_CHOOSE_ACCOUNTS,
			List.of(RequiredInput.flag(VAR_ID_CARD_CHECKED), RequiredInput.flag(VAR_SEAL_MATCHES)),
			BackOfficeProcesses.TASK_CONFIRM_SPLIT, List.of(RequiredInput.flag(VAR_ID_CARD_CHECKED),
					RequiredInput.flag(VAR_SEAL_MATCHES), RequiredInput.flag(VAR_CONFIRM_SPLIT)));

	private BackOfficeInputs() {
	}

}
