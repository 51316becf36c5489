package io.github.crossfoot.cli;

/** Hostile documents shared by the isolation and limit tests. */
public final class IsolationTestSupport {

    private IsolationTestSupport() {
    }

    /** A 3 KB PDF whose forms draw each other ten times, nine levels deep: 10^9 drawings. */
    public static byte[] fanOutPdf() {
        int depth = 9;
        java.util.Map<Integer, String> objects = new java.util.TreeMap<>();
        objects.put(1, "<</Type/Catalog/Pages 2 0 R>>");
        objects.put(2, "<</Type/Pages/Kids[3 0 R]/Count 1>>");
        objects.put(3, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources<</XObject<</X 4 0 R>>>>/Contents 5 0 R>>");
        objects.put(5, "<</Length 5>>\nstream\n/X Do\nendstream");
        for (int level = 0; level < depth; level++) {
            int number = level == 0 ? 4 : 5 + level;
            int next = 6 + level;
            String body = level < depth - 1 ? String.join(" ", java.util.Collections.nCopies(10, "q /X Do Q")) : "0 0 m 10 10 l S";
            String resources = level < depth - 1 ? "/Resources<</XObject<</X " + next + " 0 R>>>>" : "";
            objects.put(number, "<</Type/XObject/Subtype/Form/BBox[0 0 200 200]" + resources + "/Length " + body.length()
                    + ">>\nstream\n" + body + "\nendstream");
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        java.util.Map<Integer, Integer> offsets = new java.util.TreeMap<>();
        objects.forEach((n, o) -> {
            offsets.put(n, pdf.length());
            pdf.append(n).append(" 0 obj\n").append(o).append("\nendobj\n");
        });
        int xref = pdf.length();
        int size = objects.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        pdf.append("xref\n0 ").append(size).append("\n0000000000 65535 f \n");
        for (int n = 1; n < size; n++) {
            pdf.append(String.format("%010d 00000 n \n", offsets.getOrDefault(n, 0)));
        }
        pdf.append("trailer\n<</Size ").append(size).append("/Root 1 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

}
