package org.livebase.recognition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.testsupport.Fixtures;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CertificatePrintTest {

    @Test
    void the_qr_code_decodes_to_the_verification_address() throws Exception {
        Recognition r = recognised(RecognitionStatus.ACTIVE);

        byte[] png = given().when().get("/certificates/{n}/qr.png", r.certificateNumber)
                .then().statusCode(200)
                .contentType("image/png")
                .extract().asByteArray();

        assertEquals("http://localhost:8080/verify?number=" + r.certificateNumber, decode(png));
    }

    @Test
    void the_qr_code_carries_the_number_as_printed_whatever_case_was_asked_for() throws Exception {
        Recognition r = recognised(RecognitionStatus.ACTIVE);

        byte[] png = given().when().get("/certificates/{n}/qr.png", r.certificateNumber.toLowerCase())
                .then().statusCode(200).extract().asByteArray();

        assertEquals("http://localhost:8080/verify?number=" + r.certificateNumber, decode(png));
    }

    @Test
    void the_sheet_is_in_both_languages_at_once_with_the_code_and_its_address() {
        Recognition r = recognised(RecognitionStatus.ACTIVE);

        given().when().get("/certificates/{n}", r.certificateNumber)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<title>认定证书 " + r.certificateNumber))
                .body(containsString("认定证书"))
                .body(containsString("Certificate of Recognition"))
                .body(containsString("重点直播电商基地"))
                .body(containsString("Key live-streaming e-commerce base"))
                .body(containsString("打印基地"))
                .body(containsString("Printing Base Ltd"))
                .body(containsString(r.city.nameZh + "商务局"))
                .body(containsString(r.city.nameEn + " Commerce Bureau"))
                .body(containsString("市级"))
                .body(containsString("City level"))
                .body(containsString(r.validFrom + " 至 " + r.validTo))
                .body(containsString(r.validFrom + " to " + r.validTo))
                .body(containsString("<img src=\"/certificates/" + r.certificateNumber + "/qr.png\""))
                .body(containsString("http://localhost:8080/verify?number=" + r.certificateNumber))
                .body(containsString("href=\"/css/certificate.css\""))
                .body(not(containsString("void-mark")))
                .body(not(containsString("??")));
        given().when().get("/css/certificate.css").then().statusCode(200).body(containsString("size: A4"));
        // The visitor's language changes the page around the sheet, not the sheet.
        given().cookie("lang", "en").when().get("/certificates/{n}", r.certificateNumber)
                .then().statusCode(200)
                .body(containsString("<title>Certificate " + r.certificateNumber))
                .body(containsString("认定证书"))
                .body(containsString("Certificate of Recognition"));
    }

    @Test
    void a_revoked_certificate_prints_a_revoked_mark_and_its_reason() {
        Recognition r = recognised(RecognitionStatus.REVOKED, x -> {
            x.statusReason = StatusReason.FRAUD;
            x.statusChangedOn = LocalDate.of(2024, 5, 6);
        });

        given().when().get("/certificates/{n}", r.certificateNumber)
                .then().statusCode(200)
                .body(containsString("class=\"void-mark\""))
                .body(containsString("已撤销"))
                .body(containsString("REVOKED"))
                .body(containsString("弄虚作假"))
                .body(containsString("Fraud"))
                .body(not(containsString("??")));
    }

    @Test
    void an_expired_certificate_prints_an_expired_mark_even_if_still_stored_active() {
        Recognition r = recognised(RecognitionStatus.ACTIVE, x -> x.validTo = LocalDate.now().minusDays(1));

        given().when().get("/certificates/{n}", r.certificateNumber)
                .then().statusCode(200)
                .body(containsString("class=\"void-mark\""))
                .body(containsString("已过期"))
                .body(containsString("EXPIRED"));
    }

    @Test
    void a_warned_certificate_still_stands_and_prints_no_mark() {
        Recognition r = recognised(RecognitionStatus.WARNED);

        given().when().get("/certificates/{n}", r.certificateNumber)
                .then().statusCode(200)
                .body(containsString("限期整改"))
                .body(not(containsString("void-mark")));
    }

    @Test
    void an_unknown_number_answers_the_404_page() {
        given().when().get("/certificates/{n}", "NO-SUCH-0000")
                .then().statusCode(404).contentType(startsWith("text/html")).body(containsString("<nav"));
        given().when().get("/certificates/{n}/qr.png", "NO-SUCH-0000").then().statusCode(404);
    }

    @Test
    void the_verify_page_and_the_profile_link_to_the_printable_certificate() {
        Recognition r = recognised(RecognitionStatus.ACTIVE);

        given().queryParam("number", r.certificateNumber).when().get("/verify")
                .then().statusCode(200).body(containsString("href=\"/certificates/" + r.certificateNumber + "\""));
        given().when().get("/bases/{id}", r.base.id)
                .then().statusCode(200).body(containsString("href=\"/certificates/" + r.certificateNumber + "\""));
    }

    private static Recognition recognised(RecognitionStatus status) {
        return recognised(status, x -> {
        });
    }

    private static Recognition recognised(RecognitionStatus status, java.util.function.Consumer<Recognition> customiser) {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
            b.name = "打印基地" + Fixtures.unique("p");
            b.nameEn = "Printing Base Ltd";
        });
        return Fixtures.recognition(city, status, x -> {
            x.subject(base);
            customiser.accept(x);
        });
    }

    private static String decode(byte[] png) throws IOException, NotFoundException, ChecksumException, FormatException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
