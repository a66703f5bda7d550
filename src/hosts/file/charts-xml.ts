/**
 * Native Excel charts as DrawingML parts: one drawing per sheet anchoring its charts, one chart
 * part per chart (clustered column, line, clustered bar), series by columns, Japanese titles and
 * axis titles. LibreOffice and Excel both draw them from the referenced cells.
 */
import { CHART_PALETTE, type ChartSpec } from '../../core/changes';
import { parseA1 } from '../../core/workbook';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rich(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="ja-JP" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`
  );
}

const axisTitle = (text: string | undefined) => (text ? `<c:title>${rich(text, 1000, false)}</c:title>` : '');

function series(spec: ChartSpec): string {
  return spec.series
    .map((s, i) => {
      const color = CHART_PALETTE[(s.color ?? i) % CHART_PALETTE.length];
      const dash = s.dashed ? '<a:prstDash val="dash"/>' : '';
      const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
      // The markers in the line's colour (left to the application, they take the colour of the series' place).
      const look =
        spec.type === 'line'
          ? `<c:spPr><a:ln w="28575">${fill}${dash}</a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`
          : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${esc(s.name)}</c:f></c:strRef></c:tx>${look}` +
        `<c:cat><c:strRef><c:f>${esc(spec.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(s.values)}</c:f></c:numRef></c:val>` +
        (spec.type === 'line' ? '<c:smooth val="0"/>' : '') +
        '</c:ser>'
      );
    })
    .join('');
}

export function chartXml(spec: ChartSpec): string {
  const horizontal = spec.type === 'barClustered';
  const plot =
    spec.type === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series(spec)}<c:marker val="1"/><c:axId val="5001"/><c:axId val="5002"/></c:lineChart>`
      : `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(spec)}<c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>`;
  const valueFormat = spec.type === 'line' ? '0.0' : '#,##0';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:lang val="ja-JP"/><c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${rich(spec.title, 1400, true)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>${axisTitle(spec.xTitle)}` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    // Amounts' bars from 0 (an application's own scale may start far above it, which makes a change look larger than it is).
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/>${spec.type === 'line' ? '' : '<c:min val="0"/>'}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/>${axisTitle(spec.yTitle)}` +
    `<c:numFmt formatCode="${esc(valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The drawing that anchors a sheet's charts; chart k is relationship rIdChart{k+1}. */
export function drawingXml(specs: ChartSpec[]): string {
  const anchors = specs
    .map((spec, k) => {
      const { r, c } = parseA1(spec.anchor);
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${c + spec.width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r + spec.height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${esc(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart${k + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${anchors}</xdr:wsDr>`
  );
}

export function drawingRelsXml(chartPaths: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    chartPaths.map((p, k) => `<Relationship Id="rIdChart${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/${p.split('/').pop()}"/>`).join('') +
    '</Relationships>'
  );
}
