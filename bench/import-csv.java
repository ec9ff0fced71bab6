// Writes an import file of N valid rows for one city to standard output, for the import benchmark:
//
//   java bench/import-csv.java hosts 100000 [district-code] [agency-credit-code] > hosts.csv
//   java bench/import-csv.java agencies 20000 [district-code] > agencies.csv
//   java bench/import-csv.java bases 10000 [district-code] > bases.csv
//
// Deterministic for a given seed (LIVEBASE_IMPORT_SEED, default 1); use another seed for another run against the same
// database, since credit codes and (per agency) ID numbers must not be registered already. ID numbers use region
// codes 99xxxx, which no real region has. Runs with the JDK alone: no build needed.

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

public class ImportCsv {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static final String[] CATEGORIES = { "apparel", "cosmetics", "food", "agriculture", "home", "electronics" };
    static final String[] PLATFORMS = { "douyin", "kuaishou", "taobao_live", "wechat_channels", "xiaohongshu" };

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/import-csv.java hosts|agencies|bases ROWS [district] [agency-credit-code]");
            System.exit(2);
        }
        String kind = args[0];
        int rows = Integer.parseInt(args[1]);
        String district = args.length > 2 ? args[2] : "";
        String agency = args.length > 3 ? args[3] : "";
        long seed = Long.parseLong(System.getenv().getOrDefault("LIVEBASE_IMPORT_SEED", "1"));
        Random random = new Random(seed);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            switch (kind) {
                case "hosts" -> {
                    out.write("stage_name,real_name,id_number,district,agency_credit_code,categories,platform,handle,followers\r\n");
                    for (int i = 0; i < rows; i++) {
                        out.write("主播" + seed + "-" + i + ",测试" + i + "," + idNumber(seed, i) + "," + district + "," + agency
                                + "," + pick(CATEGORIES, random) + "," + pick(PLATFORMS, random) + ",@h" + seed + "_" + i
                                + "," + random.nextInt(1_000_000) + "\r\n");
                    }
                }
                case "agencies" -> {
                    out.write("name,credit_code,district,founded_year,categories,platforms\r\n");
                    for (int i = 0; i < rows; i++) {
                        out.write("导入机构" + seed + "-" + i + "," + creditCode(seed, i) + "," + district + ","
                                + (2010 + random.nextInt(15)) + "," + pick(CATEGORIES, random) + "," + pick(PLATFORMS, random)
                                + "\r\n");
                    }
                }
                case "bases" -> {
                    out.write("name,operator_credit_code,operator_name,district,floor_area,public_studios,opened_year,services\r\n");
                    for (int i = 0; i < rows; i++) {
                        out.write("导入基地" + seed + "-" + i + "," + creditCode(seed + 500, i) + ",运营公司" + seed + "-" + i + ","
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

    static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** 9 + seed (3 digits) + 13-digit serial, then the GB 32100 check character. */
    static String creditCode(long seed, int i) {
        String first = "9" + String.format("%03d", seed % 1000) + String.format("%013d", i);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += ALPHABET.indexOf(first.charAt(k)) * CREDIT_WEIGHTS[k];
        }
        int check = 31 - sum % 31;
        return first + ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Region 99 + seed (no real region), a birth date from 1970 on per thousand rows, then the check character. */
    static String idNumber(long seed, int i) {
        String born = LocalDate.of(1970, 1, 1).plusDays(i / 1000).format(DateTimeFormatter.BASIC_ISO_DATE);
        String first = "99" + String.format("%04d", seed % 10_000) + born + String.format("%03d", i % 1000);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first.charAt(k) - '0') * ID_WEIGHTS[k];
        }
        return first + "10X98765432".charAt(sum % 11);
    }
}
