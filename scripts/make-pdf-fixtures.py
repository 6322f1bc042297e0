#!/usr/bin/env python3
"""Renders the PDF fixtures of the ingester's format tests (tests/fixtures/formats/).

The PDFs are committed, so tests and CI need nothing from here; rerun this only to change them:

    python3 -m venv /tmp/pdfvenv && /tmp/pdfvenv/bin/pip install fpdf2==2.8.9
    /tmp/pdfvenv/bin/python scripts/make-pdf-fixtures.py

Fonts: DejaVu Sans (Debian package fonts-dejavu-core), for Cyrillic.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "formats"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def document(lines, encrypt=None):
    pdf = FPDF(format="A4")
    # A fixed date keeps the files byte-identical between runs.
    pdf.set_creation_date(datetime(2025, 10, 1, tzinfo=timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for line in lines:
        line = line.replace("\t", "    ").rstrip()
        if not line:
            pdf.ln(5)
            continue
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password=encrypt)
    return bytes(pdf.output())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    seed = (ROOT / "tests" / "fixtures" / "seeds" / "002_47f95a5e802b696b.txt").read_text()
    (OUT / "002_47f95a5e802b696b.pdf").write_bytes(document(seed.splitlines()))
    ru = [
        "МВД Кыргызской Республики",
        "",
        "12 сентября 2025 года",
        "",
        "В Оше сотрудники милиции изъяли 5 кг 300 г героина",
        "",
        "Сотрудники Службы по борьбе с незаконным оборотом наркотиков МВД задержали жителя "
        "Оша, у которого изъяли 5 кг 300 г героина и 12 кг гашиша. Возбуждено уголовное дело.",
    ]
    (OUT / "cyrillic.pdf").write_bytes(document(ru))
    (OUT / "encrypted.pdf").write_bytes(document(ru, encrypt="secret"))


if __name__ == "__main__":
    main()
