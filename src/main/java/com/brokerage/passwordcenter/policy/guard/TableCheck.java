package com.brokerage.passwordcenter.policy.guard;

import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.policy.PolicyTable;

/**
 * What one policy table must satisfy beyond being a table the code can read: the manual's
 * rules and the ceilings. One bean per table.
 */
interface TableCheck {

	PolicyTable table();

	/** The outputs the code reads. */
	List<String> outputs();

	/** True when one input may get several rows (hit policy COLLECT). */
	default boolean collects() {
		return false;
	}

	/**
	 * Every input the check looks at: each value, boundary and combination that matters.
	 */
	List<Map<String, Object>> inputs(List<Integer> numbersInTable);

	/** The problems of the rows that applied to one input (already at least one row). */
	void checkRows(Map<String, Object> inputs, List<TableProbe.Row> rows, Problems problems);

	/** Problems only the whole table shows (e.g. it never locks); after every input. */
	default void checkTable(Map<Map<String, Object>, List<TableProbe.Row>> answers, Problems problems) {
	}

}
