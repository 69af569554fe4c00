package com.brokerage.passwordcenter.master;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.brokerage.passwordcenter.audit.ActorType;
import com.brokerage.passwordcenter.audit.AuditAction;
import com.brokerage.passwordcenter.audit.AuditEntry;
import com.brokerage.passwordcenter.audit.AuditTrail;
import com.brokerage.passwordcenter.audit.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The bulk import of the customer master (docs/operations.md, "Importing customers"): row
 * by row, each checked ({@link MasterRowValidator}); the accepted ones written a chunk
 * per transaction ({@link MasterDataWriter}), and a chunk with a row the database refuses
 * rolled back and written again row by row, so a refused row is reported with its line,
 * field and reason and leaves nothing behind. Re-running a file updates what changed and
 * creates nothing twice. One audit record per import (who, file, counts) and one per
 * customer written.
 */
@Service
public class CustomerImport {

	private static final Logger log = LoggerFactory.getLogger(CustomerImport.class);

	private final MasterRowValidator validator;

	private final MasterDataWriter writer;

	private final AuditTrail audit;

	private final int progressEvery;

	private final int chunkSize;

	CustomerImport(MasterRowValidator validator, MasterDataWriter writer, AuditTrail audit,
			ImportProperties properties) {
		this.validator = validator;
		this.writer = writer;
		this.audit = audit;
		this.progressEvery = properties.progressEvery();
		this.chunkSize = properties.chunkSize();
	}

	/**
	 * @throws IOException when the file cannot be read or is not UTF-8
	 * @throws IllegalArgumentException when a CSV file lacks the header
	 */
	public ImportReport run(Path file, ImportFormat format, boolean dryRun, String operator) throws IOException {
		String name = file.getFileName().toString();
		log.info("import of {} ({}{}) by {} started", name, format, dryRun ? ", dry run" : "", operator);
		long started = System.nanoTime();
		Counts counts = new Counts();
		List<Refusal> refusals = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		List<Accepted> chunk = new ArrayList<>(this.chunkSize);
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)))) {
			Iterator<SourceRow> rows = (format == ImportFormat.JSONL) ? new JsonLinesRows(in) : new CsvRows(in);
			while (rows.hasNext()) {
				SourceRow row = rows.next();
				counts.read++;
				accept(row, seen, refusals).ifPresent(chunk::add);
				if (chunk.size() == this.chunkSize) {
					write(chunk, counts, refusals, dryRun, operator);
				}
				if (counts.read % this.progressEvery == 0) {
					progress(name, counts, refusals, started);
				}
			}
			write(chunk, counts, refusals, dryRun, operator);
		}
		catch (java.io.UncheckedIOException ex) {
			throw ex.getCause();
		}
		// a refusal by the database comes when its chunk is written: the report goes by
		// line
		refusals.sort(Comparator.comparingInt(Refusal::line));
		ImportReport report = new ImportReport(name, format, dryRun, counts.read, counts.created, counts.updated,
				counts.unchanged, counts.withoutPassword, List.copyOf(refusals));
		this.audit.record(
				AuditEntry
					.by(ActorType.OPERATOR, operator, AuditAction.MASTER_IMPORT, Channel.SYSTEM,
							dryRun ? "DRY_RUN" : "COMPLETED")
					.detail(report.auditDetail()));
		log.info("import of {} done in {} s: {}", name, (System.nanoTime() - started) / 1_000_000_000,
				report.auditDetail());
		return report;
	}

	private Optional<Accepted> accept(SourceRow row, Map<String, Integer> seen, List<Refusal> refusals) {
		MasterRowValidator.Result checked = this.validator.check(row);
		if (!checked.isAccepted()) {
			refusals.addAll(checked.refusals());
			return Optional.empty();
		}
		MasterCustomer customer = checked.customer();
		Integer first = seen.putIfAbsent(customer.customerId(), row.line());
		if (first != null) {
			refusals.add(
					new Refusal(row.line(), "customerId", "the same customer as line " + first + " (that one counts)"));
			return Optional.empty();
		}
		return Optional.of(new Accepted(row.line(), customer));
	}

	private void write(List<Accepted> chunk, Counts counts, List<Refusal> refusals, boolean dryRun, String operator) {
		if (chunk.isEmpty()) {
			return;
		}
		try {
			List<MasterDataWriter.Change> changes = this.writer
				.writeAll(chunk.stream().map(Accepted::customer).toList(), operator, Channel.SYSTEM, dryRun);
			for (int i = 0; i < changes.size(); i++) {
				counts.add(changes.get(i), chunk.get(i).customer());
			}
		}
		catch (RowRefusedException | DataIntegrityViolationException ex) {
			// one row of the chunk is refused: nothing of it was written, so each row
			// again alone
			for (Accepted accepted : chunk) {
				writeOne(accepted, counts, refusals, dryRun, operator);
			}
		}
		chunk.clear();
	}

	private void writeOne(Accepted accepted, Counts counts, List<Refusal> refusals, boolean dryRun, String operator) {
		try {
			counts.add(this.writer.write(accepted.customer(), operator, Channel.SYSTEM, dryRun), accepted.customer());
		}
		catch (RowRefusedException ex) {
			refusals.add(new Refusal(accepted.line(), ex.field(), ex.getMessage()));
		}
		catch (DataIntegrityViolationException ex) {
			// a parallel writer took the ID or an account meanwhile; its message may hold
			// values
			refusals
				.add(new Refusal(accepted.line(), "customerId", "conflicts with a row written meanwhile; run again"));
		}
	}

	private void progress(String name, Counts counts, List<Refusal> refusals, long started) {
		double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
		log.info("import of {}: {} rows read, {} created, {} updated, {} unchanged, {} refusals, {} rows/s", name,
				counts.read, counts.created, counts.updated, counts.unchanged, refusals.size(),
				Math.round(counts.read / seconds));
	}

	private static final class Counts {

		int read;

		int created;

		int updated;

		int unchanged;

		int withoutPassword;

		void add(MasterDataWriter.Change change, MasterCustomer customer) {
			switch (change) {
				case CREATED -> {
					this.created++;
					if (!customer.hasAnyPassword()) {
						this.withoutPassword++;
					}
				}
				case UPDATED -> this.updated++;
				case UNCHANGED -> this.unchanged++;
			}
		}

	}

	/** A row that passed the checks, with its line for a refusal by the database. */
	private record Accepted(int line, MasterCustomer customer) {
	}

}
