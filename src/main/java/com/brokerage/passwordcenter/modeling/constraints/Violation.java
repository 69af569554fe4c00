package com.brokerage.passwordcenter.modeling.constraints;

/**
 * A rule broken by one element of a diagram, said so that an analyst knows what to undo.
 *
 * @param elementId the element at fault (or the process id when the element is missing)
 * @param reason what is wrong and why the application needs it
 */
public record Violation(String elementId, String reason) {

}
