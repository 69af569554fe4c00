import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;

/**
 * Does an H2 commit survive kill -9, and what does it cost? (docs/benchmarks/README.md, "Durability on H2")
 *
 * java -cp ~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar bench/H2Durability.java
 *
 * For each setting of the H2 URL: 10 rounds of a child JVM that commits one small row per transaction and prints
 * "ack N" after each commit; after a random 200-400 acks the parent kills it (SIGKILL) and counts the rows on disk.
 * Then the cost: 2,000 single-row transactions (insert + commit) timed in one JVM.
 */
public class H2Durability {

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("child")) {
			child(args[1]);
			return;
		}
		for (String settings : List.of("", ";WRITE_DELAY=0")) {
			killRounds(settings, 10);
			commitCost(settings, 2000);
		}
	}

	private static void child(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement().execute("create table if not exists t(id int primary key, v varchar(100))");
			connection.setAutoCommit(false);
			PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?)");
			for (int i = 1;; i++) {
				insert.setInt(1, i);
				insert.setString(2, "row " + i);
				insert.executeUpdate();
				connection.commit();
				System.out.println("ack " + i);
				System.out.flush();
			}
		}
	}

	private static void killRounds(String settings, int rounds) throws Exception {
		int lostRows = 0;
		int lostRounds = 0;
		for (int round = 0; round < rounds; round++) {
			String url = url(settings);
			Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), "bench/H2Durability.java", "child", url)
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
			int target = 200 + new Random().nextInt(200);
			int acked = 0;
			for (String line = out.readLine(); line != null && acked < target; line = out.readLine()) {
				acked = Integer.parseInt(line.substring("ack ".length()));
			}
			child.destroyForcibly().waitFor();
			int rows = 0;
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					ResultSet count = connection.createStatement().executeQuery("select count(*) from t")) {
				count.next();
				rows = count.getInt(1);
			}
			catch (SQLException tableLostToo) {
				// the table's creation was not on disk either
			}
			if (rows < acked) {
				lostRows += acked - rows;
				lostRounds++;
			}
		}
		System.out.printf("URL settings '%s': kill -9 after acknowledged commits, %d rounds: %d acknowledged rows lost, in %d rounds%n",
				settings, rounds, lostRows, lostRounds);
	}

	private static void commitCost(String settings, int transactions) throws Exception {
		try (Connection connection = DriverManager.getConnection(url(settings), "sa", "")) {
			connection.createStatement().execute("create table t(id int primary key, v varchar(100))");
			connection.setAutoCommit(false);
			PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?)");
			long begin = System.nanoTime();
			for (int i = 1; i <= transactions; i++) {
				insert.setInt(1, i);
				insert.setString(2, "row " + i);
				insert.executeUpdate();
				connection.commit();
				if (i == transactions / 4) {
					begin = System.nanoTime(); // the first quarter warms up
				}
			}
			double micros = (System.nanoTime() - begin) / 1e3 / (transactions - transactions / 4);
			System.out.printf("URL settings '%s': %.0f µs per single-row transaction (insert + commit)%n", settings, micros);
		}
	}

	private static String url(String settings) throws Exception {
		Path directory = Files.createTempDirectory("h2-durability");
		directory.toFile().deleteOnExit();
		return "jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE" + settings;
	}

}
