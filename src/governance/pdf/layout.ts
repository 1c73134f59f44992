// A small form layout over pdfkit: headings, paragraphs, bordered label/value grids and tables
// whose header row repeats on each page, and a page footer. Text is set in the CJK font only, so
// every character of a form comes out of pdftotext as it went in.
import PDFDocument from 'pdfkit';
import { cjkFont } from './font.ts';

const MARGIN = 50;
/** Room kept at the bottom of each page for the footer. */
const FOOTER_SPACE = 28;
const PAD = 4;
const BODY_SIZE = 10;

/** A table column: its header, share of the width and alignment. */
export interface Column {
  header: string;
  /** A relative width; the columns share the page width in proportion. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

/** What goes into a form's document information and footer. */
export interface FormOptions {
  title: string;
  /** The document's subject line in the PDF information. */
  subject: string;
  createdAt: Date;
  /** Printed at the foot of every page, after the page number. */
  footer: string;
  layout?: 'portrait' | 'landscape';
}

/** One printable form; call finish() for its bytes. */
export class PdfForm {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly footer: string;

  constructor(opts: FormOptions) {
    const font = cjkFont();
    this.footer = opts.footer;
    this.doc = new PDFDocument({
      size: 'A4',
      layout: opts.layout ?? 'portrait',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
      bufferPages: true,
      info: { Title: opts.title, Subject: opts.subject, Creator: 'psvis', CreationDate: opts.createdAt },
      lang: 'zh-CN',
    });
    this.doc.registerFont('regular', font.regular);
    this.doc.registerFont('bold', font.bold);
    this.doc.font('regular').fontSize(BODY_SIZE);
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => this.chunks.push(c));
      this.doc.on('end', () => {
        resolve(Buffer.concat(this.chunks));
      });
      this.doc.on('error', reject);
    });
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom - FOOTER_SPACE;
  }

  /** Starts a new page when `height` points do not fit on this one. */
  private ensure(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.doc.addPage();
      this.doc.y = this.doc.page.margins.top;
    }
  }

  /** A centred title. */
  heading(text: string, size = 18): this {
    this.doc.font('bold').fontSize(size);
    const h = this.doc.heightOfString(text, { width: this.width, align: 'center' });
    this.ensure(h + 8);
    this.doc.text(text, this.left, this.doc.y, { width: this.width, align: 'center' });
    this.doc.y += 8;
    this.doc.font('regular').fontSize(BODY_SIZE);
    return this;
  }

  /** A bold section title. */
  section(text: string): this {
    this.doc.font('bold').fontSize(12);
    const h = this.doc.heightOfString(text, { width: this.width });
    // Keep a section title with at least a line of what follows.
    this.ensure(h + 30);
    this.doc.y += 4;
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.y += 4;
    this.doc.font('regular').fontSize(BODY_SIZE);
    return this;
  }

  /** A paragraph of body text. */
  paragraph(text: string, opts: { align?: 'left' | 'right' | 'center'; size?: number } = {}): this {
    this.doc.font('regular').fontSize(opts.size ?? BODY_SIZE);
    const h = this.doc.heightOfString(text, { width: this.width, align: opts.align ?? 'left' });
    this.ensure(h);
    this.doc.text(text, this.left, this.doc.y, { width: this.width, align: opts.align ?? 'left', lineGap: 2 });
    this.doc.y += 4;
    this.doc.fontSize(BODY_SIZE);
    return this;
  }

  /** Vertical space. */
  space(points: number): this {
    this.doc.y += points;
    return this;
  }

  /** A bordered grid of label/value pairs, `pairsPerRow` pairs to a row. */
  fields(pairs: readonly (readonly [string, string])[], pairsPerRow: 1 | 2 = 2): this {
    const labelShare = pairsPerRow === 1 ? 0.25 : 0.16;
    const columns: Column[] = [];
    for (let i = 0; i < pairsPerRow; i++) {
      columns.push({ header: '', weight: labelShare }, { header: '', weight: 1 / pairsPerRow - labelShare });
    }
    const rows: string[][] = [];
    for (let i = 0; i < pairs.length; i += pairsPerRow) {
      const row: string[] = [];
      for (let j = 0; j < pairsPerRow; j++) {
        const p = pairs[i + j];
        row.push(p?.[0] ?? '', p?.[1] ?? '');
      }
      rows.push(row);
    }
    this.grid(columns, rows, { header: false, labelColumns: true });
    return this;
  }

  /** A bordered table; the header row repeats at the top of each page. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[]): this {
    this.grid(columns, rows, { header: true, labelColumns: false });
    return this;
  }

  private grid(
    columns: readonly Column[],
    rows: readonly (readonly string[])[],
    opts: { header: boolean; labelColumns: boolean },
  ): void {
    const total = columns.reduce((s, c) => s + c.weight, 0);
    const widths = columns.map((c) => (c.weight / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const measure = (cells: readonly string[], bold: (i: number) => boolean): number =>
      Math.max(
        ...cells.map((text, i) => {
          this.doc.font(bold(i) ? 'bold' : 'regular').fontSize(BODY_SIZE);
          return this.doc.heightOfString(text === '' ? ' ' : text, { width: (widths[i] ?? 0) - 2 * PAD }) + 2 * PAD;
        }),
      );
    const draw = (cells: readonly string[], bold: (i: number) => boolean, shaded: boolean): void => {
      const h = measure(cells, bold);
      const y = this.doc.y;
      cells.forEach((text, i) => {
        const x = xs[i] ?? this.left;
        const w = widths[i] ?? 0;
        if (shaded) this.doc.rect(x, y, w, h).fillColor('#eeeeee').fill();
        this.doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#000000').stroke();
        this.doc
          .fillColor('#000000')
          .font(bold(i) ? 'bold' : 'regular')
          .fontSize(BODY_SIZE)
          .text(text, x + PAD, y + PAD, {
            width: w - 2 * PAD,
            align: columns[i]?.align ?? 'left',
          });
      });
      this.doc.y = y + h;
    };
    const headerCells = columns.map((c) => c.header);
    const headerHeight = opts.header ? measure(headerCells, () => true) : 0;
    const isLabel = (i: number) => opts.labelColumns && i % 2 === 0;
    if (opts.header) {
      this.ensure(headerHeight + 20);
      draw(headerCells, () => true, true);
    }
    for (const row of rows) {
      const h = measure(row, isLabel);
      if (this.doc.y + h > this.bottom) {
        this.doc.addPage();
        this.doc.y = this.doc.page.margins.top;
        if (opts.header) draw(headerCells, () => true, true);
      }
      draw(row, isLabel, false);
    }
    this.doc.x = this.left;
    this.doc.y += 6;
  }

  /** Writes the footer on every page and returns the PDF bytes. */
  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottomMargin = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.doc
        .font('regular')
        .fontSize(8)
        .fillColor('#444444')
        .text(
          `第 ${i + 1} 页 共 ${range.count} 页  ${this.footer}`,
          this.left,
          this.doc.page.height - bottomMargin - 12,
          { width: this.width, align: 'center', lineBreak: false },
        );
      this.doc.page.margins.bottom = bottomMargin;
    }
    this.doc.end();
    return this.done;
  }
}
