// Writes an import file of N valid rows for one city to standard output, for the import benchmark:
//
//   java -cp target/classes bench/import-csv.java hosts 100000 [district-code] [agency-credit-code] > hosts.csv
//   java -cp target/classes bench/import-csv.java agencies 20000 [district-code] > agencies.csv
//   java -cp target/classes bench/import-csv.java bases 10000 [district-code] > bases.csv
//
// Deterministic for a given seed (LIVEBASE_IMPORT_SEED, default 1); use another seed for another run against the same
// database, since credit codes and (per agency) ID numbers must not be registered already. ID numbers use region
// codes 99xxxx, which no real region has.
//
// Hosts have the generator's names (stage names with the city's short name, LIVEBASE_IMPORT_CITY_SHORT, default 杭州,
// the benchmark officer's city), random birth dates and log-normal followers, in no order: a real file's names fall
// all over the directory's name indexes, and a file whose names rose with the row number (主播1-0, 主播1-1, …) wrote
// those indexes in order and stored twice as fast as a file of real names. Hence the build's classes on the class path.

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.livebase.generate.Names;
import org.livebase.host.IdNumber;
import org.livebase.organisation.CreditCode;

public class ImportCsv {

    static final String[] CATEGORIES = { "apparel", "cosmetics", "food", "agriculture", "home", "electronics" };
    static final String[] PLATFORMS = { "douyin", "kuaishou", "taobao_live", "wechat_channels", "xiaohongshu" };

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp target/classes bench/import-csv.java hosts|agencies|bases ROWS [district]"
                    + " [agency-credit-code]");
            System.exit(2);
        }
        String kind = args[0];
        int rows = Integer.parseInt(args[1]);
        String district = args.length > 2 ? args[2] : "";
        String agency = args.length > 3 ? args[3] : "";
        long seed = Long.parseLong(System.getenv().getOrDefault("LIVEBASE_IMPORT_SEED", "1"));
        String cityShort = System.getenv().getOrDefault("LIVEBASE_IMPORT_CITY_SHORT", "杭州");
        SplittableRandom random = new SplittableRandom(seed);
        // The last row of every file has a name of its own (the generator's are shared by thousands of hosts) that the
        // import writes last, as it sorts after every other (龥, U+9FA5, is above the characters of the name pools and
        // of the cities' short names): bench/import-run.sh searches for it to see when search has caught up with the
        // whole import. 号 ends it, so that one seed's is not a prefix of another's.
        String last = "龥导入" + seed + "号";
        if (cityShort.compareTo(last) >= 0) {
            throw new IllegalArgumentException(cityShort + " sorts after the last row's name");
        }
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            switch (kind) {
                case "hosts" -> {
                    out.write("stage_name,real_name,id_number,district,agency_credit_code,categories,platform,handle,followers\r\n");
                    Set<Long> born = new HashSet<>();
                    for (int i = 0; i < rows; i++) {
                        long person;
                        do {
                            person = random.nextLong(365L * 35 * 1000);
                        } while (!born.add(person));
                        // Log-normal, as the generator's: most hosts have a few thousand followers, a few millions.
                        long followers = Math.min(80_000_000L, (long) Math.exp(8 + 2.2 * random.nextGaussian()));
                        String stageName = Names.stageName(random, cityShort);
                        out.write((i == rows - 1 ? last : stageName) + "," + Names.personalName(random) + ","
                                + idNumber(seed, person) + "," + district + "," + agency + "," + pick(CATEGORIES, random)
                                + "," + pick(PLATFORMS, random) + ",@h" + seed + "_" + i + "," + followers + "\r\n");
                    }
                }
                case "agencies" -> {
                    out.write("name,credit_code,district,founded_year,categories,platforms\r\n");
                    for (int i = 0; i < rows; i++) {
                        out.write((i == rows - 1 ? last : "导入机构" + seed + "-" + i) + "," + creditCode(seed, i) + ","
                                + district + ","
                                + (2010 + random.nextInt(15)) + "," + pick(CATEGORIES, random) + "," + pick(PLATFORMS, random)
                                + "\r\n");
                    }
                }
                case "bases" -> {
                    out.write("name,operator_credit_code,operator_name,district,floor_area,public_studios,opened_year,services\r\n");
                    for (int i = 0; i < rows; i++) {
                        out.write((i == rows - 1 ? last : "导入基地" + seed + "-" + i) + "," + creditCode(seed + 500, i)
                                + ",运营公司" + seed + "-" + i + ","
                                + district + "," + (1000 + random.nextInt(50_000)) + "," + random.nextInt(200) + ","
                                + (2015 + random.nextInt(10)) + ",studios;training\r\n");
                    }
                }
                default -> {
                    System.err.println("unknown kind " + kind);
                    System.exit(2);
                }
            }
        }
    }

    static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    /** 9 + seed (3 digits) + 13-digit serial, then the GB 32100 check character. */
    static String creditCode(long seed, int i) {
        return CreditCode.complete("9" + String.format("%03d", seed % 1000) + String.format("%013d", i));
    }

    /**
     * Region 99 + seed (no real region), then the person's birth date (its day from 1970 on) and serial (person = day
     * * 1000 + serial), then the check character.
     */
    static String idNumber(long seed, long person) {
        String born = LocalDate.of(1970, 1, 1).plusDays(person / 1000).format(DateTimeFormatter.BASIC_ISO_DATE);
        return IdNumber.complete("99" + String.format("%04d", seed % 10_000) + born
                + String.format("%03d", person % 1000));
    }
}
