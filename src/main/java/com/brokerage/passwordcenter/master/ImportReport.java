package com.brokerage.passwordcenter.master;

import java.util.List;

/**
 * What one import did: counts, and every refused row with its line, field and reason. No
 * value of the file appears in it.
 */
public record ImportReport(String file, ImportFormat format, boolean dryRun, int read, int created, int updated,
		int unchanged, int withoutPassword, List<Refusal> refusals) {

	public int refused() {
		return (int) this.refusals.stream().map(Refusal::line).distinct().count();
	}

	public boolean changedNothing() {
		return this.created == 0 && this.updated == 0;
	}

	/** The audit record's detail (at most 255 characters). */
	String auditDetail() {
		String detail = "file=" + this.file + " format=" + this.format + " read=" + this.read + " created="
				+ this.created + " updated=" + this.updated + " unchanged=" + this.unchanged + " refused=" + refused()
				+ " withoutPassword=" + this.withoutPassword + (this.dryRun ? " dry-run" : "");
		return detail.length() <= 255 ? detail : detail.substring(0, 255);
	}

	/** The lines the command prints at the end. */
	List<String> summary() {
		String verb = this.dryRun ? "would be " : "";
		List<String> lines = new java.util.ArrayList<>();
		this.refusals.forEach((refusal) -> lines.add("refused " + refusal));
		lines.add("import of " + this.file + (this.dryRun ? " (dry run, nothing written)" : "") + ": " + this.read
				+ " rows read, " + verb + "created " + this.created + ", " + verb + "updated " + this.updated
				+ ", unchanged " + this.unchanged + ", refused " + refused());
		if (this.withoutPassword > 0) {
			lines.add(this.withoutPassword + " customer(s) " + verb
					+ "created without a password hash: they cannot log in until they reissue online or at a branch");
		}
		if (changedNothing() && !this.dryRun) {
			lines.add("nothing changed: the database already holds this file");
		}
		return lines;
	}

}
