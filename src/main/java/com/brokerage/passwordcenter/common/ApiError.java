package com.brokerage.passwordcenter.common;

/**
 * The JSON body of every error answer: a stable code, a message for the customer, the
 * field at fault.
 */
public record ApiError(String code, String message, String field) {

}
