package vn.giaoviec.directive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void congVanSymbolsNameIssuerAndDraftingUnit() {
        DocumentNumber n = DocumentNumber.parse("8628/SGDĐT-VP");
        assertThat(n.no()).isEqualTo(8628);
        assertThat(n.typePart()).isNull();
        assertThat(n.draftingPart()).isEqualTo("VP");
    }

    @Test
    void namedTypesComeFirstInTheSymbol() {
        DocumentNumber n = DocumentNumber.parse("570/KH-SGDĐT");
        assertThat(n.typePart()).isEqualTo("KH");
        assertThat(n.draftingPart()).isNull();
    }

    @Test
    void aBlankNumberAwaitsItsNumberAndIsPrintedWithTwoDigits() {
        DocumentNumber n = DocumentNumber.parse(" /UBND-VHXX");
        assertThat(n.no()).isNull();
        assertThat(n.format(7)).isEqualTo("07/UBND-VHXX");
        assertThat(n.format(123)).isEqualTo("123/UBND-VHXX");
    }

    @Test
    void printedSpacesAroundTheDashAreTolerated() {
        assertThat(DocumentNumber.parse("Số: 12 / SGDĐT - VP").symbol()).isEqualTo("SGDĐT-VP");
    }

    @Test
    void somethingWithoutASlashIsNoNumber() {
        assertThat(DocumentNumber.parse("8628")).isNull();
    }
}
