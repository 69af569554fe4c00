package com.brokerage.passwordcenter.change;

import java.util.Optional;

import com.brokerage.passwordcenter.change.PasswordChangeRequest.WithdrawalChange;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.password.PasswordPolicy;

/**
 * The checks of a change that need no database, done first: each refusal names the rule
 * broken (R-PWD-1/2/4) and the field at fault, and nothing is counted or changed.
 */
final class ChangeRules {

	private ChangeRules() {
	}

	static void check(PasswordChangeRequest request) {
		if (request.changesWeb()) {
			required(request.oldPassword(), "oldPassword");
			refuse(PasswordPolicy.checkWebPassword(request.newPassword()), "newPassword");
			refuse(PasswordPolicy.checkNewPassword(request.newPassword(), request.confirmation(),
					request.oldPassword()), fieldOf(request.newPassword(), request.confirmation()));
		}
		if (request.changesWithdrawal()) {
			WithdrawalChange withdrawal = request.withdrawal();
			required(withdrawal.oldWithdrawalPassword(), "oldWithdrawalPassword");
			refuse(PasswordPolicy.checkWithdrawalPassword(withdrawal.newWithdrawalPassword()), "newWithdrawalPassword");
			refuse(PasswordPolicy.checkNewPassword(withdrawal.newWithdrawalPassword(),
					withdrawal.withdrawalConfirmation(), withdrawal.oldWithdrawalPassword()),
					fieldOf(withdrawal.newWithdrawalPassword(), withdrawal.withdrawalConfirmation(),
							"newWithdrawalPassword", "withdrawalConfirmation"));
		}
	}

	private static String fieldOf(String newPassword, String confirmation) {
		return fieldOf(newPassword, confirmation, "newPassword", "confirmation");
	}

	/** A mismatch is the confirmation's fault; "same as old" is the new password's. */
	private static String fieldOf(String newPassword, String confirmation, String newField, String confirmationField) {
		return newPassword.equals(confirmation) ? newField : confirmationField;
	}

	private static void required(String value, String field) {
		if (value == null || value.isEmpty()) {
			throw new ApiException(ErrorCode.FIELD_REQUIRED, field);
		}
	}

	private static void refuse(Optional<ErrorCode> broken, String field) {
		broken.ifPresent((code) -> {
			throw new ApiException(code, field);
		});
	}

}
