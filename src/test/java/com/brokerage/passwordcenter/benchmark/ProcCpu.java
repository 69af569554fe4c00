package com.brokerage.passwordcenter.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of processes from {@code /proc/<pid>/stat} (Linux): what a process itself
 * used, whatever else shares the cores — so the CPU an application costs can be read on a
 * machine that other builds load too.
 */
final class ProcCpu {

	/**
	 * Clock ticks per second of /proc's times ({@code getconf CLK_TCK}; 100 on Linux).
	 */
	private static final double TICKS = 100.0;

	private ProcCpu() {
	}

	/**
	 * User + system seconds of the process; with {@code children}, also of its children
	 * that have ended (a database server's exited backends).
	 */
	static double seconds(long pid, boolean children) throws IOException {
		String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
		// the fields after the command name, which is in parentheses and may hold spaces
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		if (children) {
			ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
		}
		return ticks / TICKS;
	}

	/**
	 * All processes whose command is {@code name}, with the children they reaped (for
	 * PostgreSQL: the postmaster and every backend, live or ended).
	 */
	static double secondsOfAll(String name) throws IOException {
		double total = 0;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				String pid = process.getFileName().toString();
				if (!pid.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					String stat = Files.readString(process.resolve("stat"));
					if (stat.contains("(" + name + ")")) {
						total += seconds(Long.parseLong(pid), true);
					}
				}
				catch (IOException gone) {
					// the process ended while listed
				}
			}
		}
		return total;
	}

}
