package com.brokerage.passwordcenter.process;

import java.io.IOException;
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
 * The pictures in {@code docs/diagrams/} are the diagrams as they are:
 * {@code tools/bpmn/render.mjs} writes, for every {@code bpmn/<name>.bpmn},
 * {@code <name>.svg} and {@code <name>.png}, and records the SHA-256 of the source in the
 * SVG and in {@code docs/diagrams/sources.sha256}. A diagram edited without rendering it
 * again fails here.
 */
class DiagramPicturesTest {

	static final Path PICTURES = Path.of("docs/diagrams");

	static final String REGENERATE = "cd tools/bpmn && npm ci && npm run render";

	static final Pattern SVG_SOURCE = Pattern.compile("<!-- source: (\\S+) sha256: ([0-9a-f]{64})");

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
	@DisplayName("every picture in docs/diagrams/ belongs to a diagram, and every SVG is well-formed")
	void noPictureWithoutADiagram() throws Exception {
		List<String> problems = new ArrayList<>();
		DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
		// the SVG's DOCTYPE names the W3C DTD: no network in a test
		xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		for (Path picture : DiagramsAndFormsTest.files(PICTURES, "")) {
			String file = picture.getFileName().toString();
			if (file.equals("sources.sha256")) {
				continue;
			}
			String name = file.replaceFirst("\\.(svg|png)$", "");
			if (name.equals(file) || !Files.isRegularFile(DiagramsAndFormsTest.BPMN.resolve(name + ".bpmn"))) {
				problems.add(picture + ": no bpmn/" + name + ".bpmn");
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
		Map<String, String> manifest = new HashMap<>();
		Path file = PICTURES.resolve("sources.sha256");
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

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
