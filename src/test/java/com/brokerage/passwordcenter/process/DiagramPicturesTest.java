package com.brokerage.passwordcenter.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pictures in {@code docs/diagrams/} are the diagrams and decision tables as they
 * are: {@code tools/bpmn/render.mjs} writes, for every {@code bpmn/<name>.bpmn},
 * {@code <name>.svg} and {@code <name>.png}, and records the SHA-256 of the source in the
 * SVG and in {@code docs/diagrams/sources.sha256}; {@code tools/bpmn/render-dmn.mjs}
 * writes, for every {@code dmn/<name>.dmn}, {@code <name>.png} (the decision table view)
 * with the SHA-256 in a PNG text chunk and in {@code docs/diagrams/decisions.sha256}. A
 * diagram or table edited without rendering it again fails here.
 */
class DiagramPicturesTest {

	static final Path PICTURES = Path.of("docs/diagrams");

	static final String REGENERATE = "cd tools/bpmn && npm ci && npm run render";

	static final Pattern SVG_SOURCE = Pattern.compile("<!-- source: (\\S+) sha256: ([0-9a-f]{64})");

	static final Path DMN = Path.of("dmn");

	/**
	 * The PNG text chunk render-dmn.mjs writes: keyword "source", NUL, "dmn/x.dmn sha256:
	 * hex".
	 */
	static final Pattern PNG_SOURCE = Pattern.compile("source\0(\\S+) sha256: ([0-9a-f]{64})");

	@Test
	@DisplayName("every diagram has an SVG and a PNG picture rendered from its current content")
	void everyDiagramHasAnUpToDatePicture() throws Exception {
		Map<String, String> manifest = manifest();
		List<String> problems = new ArrayList<>();
		for (Path diagram : DiagramsAndFormsTest.files(DiagramsAndFormsTest.BPMN, ".bpmn")) {
			String source = "bpmn/" + diagram.getFileName();
			String name = diagram.getFileName().toString().replaceFirst("\\.bpmn$", "");
			String sha256 = sha256(diagram);
			Path svg = PICTURES.resolve(name + ".svg");
			Path png = PICTURES.resolve(name + ".png");
			if (!Files.isRegularFile(svg) || !Files.isRegularFile(png)) {
				problems.add(source + ": no " + (Files.isRegularFile(svg) ? png : svg));
				continue;
			}
			if (!sha256.equals(manifest.get(source))) {
				problems.add(source + ": " + PICTURES.resolve("sources.sha256") + " records "
						+ manifest.getOrDefault(source, "nothing") + ", the file is " + sha256);
			}
			Matcher recorded = SVG_SOURCE.matcher(Files.readString(svg));
			if (!recorded.find() || !recorded.group(1).equals(source) || !recorded.group(2).equals(sha256)) {
				problems.add(svg + " was not rendered from the current " + source);
			}
		}
		assertThat(problems).as("stale or missing pictures; render them again with: " + REGENERATE).isEmpty();
	}

	@Test
	@DisplayName("every decision table has a PNG picture rendered from its current content")
	void everyDecisionTableHasAnUpToDatePicture() throws Exception {
		Map<String, String> manifest = manifest("decisions.sha256");
		List<String> problems = new ArrayList<>();
		List<Path> tables = DiagramsAndFormsTest.files(DMN, ".dmn");
		assertThat(tables).as("the decision tables in " + DMN).isNotEmpty();
		for (Path table : tables) {
			String source = "dmn/" + table.getFileName();
			String name = table.getFileName().toString().replaceFirst("\\.dmn$", "");
			String sha256 = sha256(table);
			Path png = PICTURES.resolve(name + ".png");
			if (!Files.isRegularFile(png)) {
				problems.add(source + ": no " + png);
				continue;
			}
			if (!sha256.equals(manifest.get(source))) {
				problems.add(source + ": " + PICTURES.resolve("decisions.sha256") + " records "
						+ manifest.getOrDefault(source, "nothing") + ", the file is " + sha256);
			}
			Matcher recorded = PNG_SOURCE.matcher(pngText(png));
			if (!recorded.find() || !recorded.group(1).equals(source) || !recorded.group(2).equals(sha256)) {
				problems.add(png + " was not rendered from the current " + source);
			}
		}
		assertThat(problems).as("stale or missing pictures; render them again with: " + REGENERATE).isEmpty();
	}

	@Test
	@DisplayName("every picture in docs/diagrams/ belongs to a diagram or a decision table, and every SVG is well-formed")
	void noPictureWithoutADiagram() throws Exception {
		List<String> problems = new ArrayList<>();
		DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
		// the SVG's DOCTYPE names the W3C DTD: no network in a test
		xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		for (Path picture : DiagramsAndFormsTest.files(PICTURES, "")) {
			String file = picture.getFileName().toString();
			if (file.equals("sources.sha256") || file.equals("decisions.sha256")) {
				continue;
			}
			String name = file.replaceFirst("\\.(svg|png)$", "");
			boolean diagram = Files.isRegularFile(DiagramsAndFormsTest.BPMN.resolve(name + ".bpmn"));
			boolean table = Files.isRegularFile(DMN.resolve(name + ".dmn"));
			if (name.equals(file) || !(diagram || table)) {
				problems.add(picture + ": no bpmn/" + name + ".bpmn nor dmn/" + name + ".dmn");
			}
			else if (diagram && table) {
				problems.add(picture + ": both bpmn/" + name + ".bpmn and dmn/" + name + ".dmn would draw it");
			}
			else if (table && file.endsWith(".svg")) {
				problems.add(picture + ": decision tables are rendered as PNG only");
			}
			else if (file.endsWith(".svg")) {
				try {
					xml.newDocumentBuilder().parse(picture.toFile());
				}
				catch (Exception ex) {
					problems.add(picture + ": not well-formed XML (" + ex.getMessage() + ")");
				}
			}
		}
		assertThat(problems).as("pictures to remove or render again with: " + REGENERATE).isEmpty();
	}

	/**
	 * docs/diagrams/sources.sha256 in sha256sum's format: "hash bpmn/name.bpmn" per line.
	 */
	private static Map<String, String> manifest() throws IOException {
		return manifest("sources.sha256");
	}

	/**
	 * A manifest of docs/diagrams/ in sha256sum's format: "hash path" per line.
	 */
	private static Map<String, String> manifest(String name) throws IOException {
		Map<String, String> manifest = new HashMap<>();
		Path file = PICTURES.resolve(name);
		if (Files.isRegularFile(file)) {
			for (String line : Files.readAllLines(file)) {
				String[] fields = line.trim().split("\\s+\\*?", 2);
				if (fields.length == 2) {
					manifest.put(fields[1], fields[0]);
				}
			}
		}
		return manifest;
	}

	/**
	 * The PNG's tEXt chunks (keyword, NUL, Latin-1 text), one per line.
	 */
	private static String pngText(Path png) throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(png));
		StringBuilder text = new StringBuilder();
		bytes.position(8);
		while (bytes.remaining() >= 12) {
			int length = bytes.getInt();
			byte[] type = new byte[4];
			bytes.get(type);
			if (length < 0 || length > bytes.remaining() - 4) {
				break;
			}
			byte[] data = new byte[length];
			bytes.get(data);
			bytes.getInt();
			if (new String(type, StandardCharsets.ISO_8859_1).equals("tEXt")) {
				text.append(new String(data, StandardCharsets.ISO_8859_1)).append('\n');
			}
		}
		return text.toString();
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
