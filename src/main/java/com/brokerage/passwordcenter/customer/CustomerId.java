package com.brokerage.passwordcenter.customer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A national ID or a unified business number with a valid checksum (case-insensitive,
 * trimmed).
 */
@Documented
@Constraint(validatedBy = CustomerId.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface CustomerId {

	String message() default "INVALID_NATIONAL_ID";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CustomerId, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			// blank is the business of @NotBlank, which gives its own message
			return value == null || value.isBlank() || TaiwanIds.isValidCustomerId(TaiwanIds.normalize(value));
		}

	}

}
