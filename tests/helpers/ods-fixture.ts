import { strToU8, zipSync } from 'fflate';

// A small OpenDocument spreadsheet made at test time, written as LibreOffice writes one: a merged
// title cell, repeated empty rows and columns, typed values with their display text, a comment.

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"';

const text = (s: string) => `<table:table-cell office:value-type="string"><text:p>${s}</text:p></table:table-cell>`;
const float = (n: number, shown: string) =>
  `<table:table-cell office:value-type="float" office:value="${n}"><text:p>${shown}</text:p></table:table-cell>`;
const date = (iso: string, style: string) =>
  `<table:table-cell table:style-name="${style}" office:value-type="date" office:date-value="${iso}"><text:p>…</text:p></table:table-cell>`;
const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;

export function journalOds(): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS}><office:automatic-styles>
<number:date-style style:name="N37"><number:day/><number:text>/</number:text><number:month/><number:text>/</number:text><number:year/></number:date-style>
<number:date-style style:name="N38"><number:month number:style="long"/><number:text> </number:text><number:year/></number:date-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37"/>
<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N38"/>
</office:automatic-styles><office:body><office:spreadsheet>
<table:table table:name="Journal">
${row('<table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>Mon journal</text:p></table:table-cell>', '<table:covered-table-cell table:number-columns-repeated="3"/>')}
${row(text('Film'), text('Année'), text('Vu le'), text('Note'))}
${row(text('Heat<text:s/>&amp; co'), float(1995, '1995'), date('2015-03-05T00:00:00', 'ce1'), float(7.5, '7,5'))}
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
${row(`<table:table-cell office:value-type="string"><office:annotation><text:p>a note</text:p></office:annotation><text:p>Alien</text:p></table:table-cell>`, float(1979, '1979'), date('2015-06-01', 'ce2'), float(9, '9'))}
${row(text('Le Samouraï'), float(1967, '1967'), text('5 mars 2015'), float(6.5, '6,5'))}
${row(text('Moyenne'), '<table:table-cell table:number-columns-repeated="2"/>', `<table:table-cell table:formula="of:=AVERAGE([.D3:.D7])" office:value-type="float" office:value="7.6667"><text:p>7,67</text:p></table:table-cell>`)}
<table:table-row table:number-rows-repeated="1048560"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
  });
}
