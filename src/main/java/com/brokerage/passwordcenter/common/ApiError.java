package com.brokerage.passwordcenter.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error answer: a stable code, a message for the customer, the
 * field at fault.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiError(String code, String message, String field) {

}
