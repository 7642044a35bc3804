/** A small SVG line chart of wall time against N, one line per series. */
export interface Series {
  label: string;
  colour: string;
  points: Array<{ n: number; seconds: number }>;
}

export function lineChartSvg(title: string, series: readonly Series[]): string {
  const width = 640;
  const height = 400;
  const margin = { left: 60, right: 180, top: 40, bottom: 50 };
  const allPoints = series.flatMap((s) => s.points);
  const maxN = Math.max(...allPoints.map((p) => p.n), 1);
  const maxY = Math.max(...allPoints.map((p) => p.seconds), 1) * 1.1;
  const x = (n: number): number => margin.left + (n / maxN) * (width - margin.left - margin.right);
  const y = (s: number): number => height - margin.bottom - (s / maxY) * (height - margin.top - margin.bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2 - 90}" y="20" font-size="14">${title}</text>`,
    `<line x1="${margin.left}" y1="${y(0)}" x2="${x(maxN)}" y2="${y(0)}" stroke="black"/>`,
    `<line x1="${margin.left}" y1="${y(0)}" x2="${margin.left}" y2="${y(maxY)}" stroke="black"/>`,
    `<text x="${(margin.left + x(maxN)) / 2}" y="${height - 10}">N (resources)</text>`,
    `<text x="10" y="${margin.top - 10}">seconds</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const value = (maxY / 4) * i;
    parts.push(`<text x="${margin.left - 45}" y="${y(value) + 4}">${value.toFixed(1)}</text>`);
  }
  for (const n of [...new Set(allPoints.map((p) => p.n))]) {
    parts.push(`<text x="${x(n) - 5}" y="${y(0) + 18}">${n}</text>`);
  }
  series.forEach((s, index) => {
    const path = s.points
      .map((p, i) => `${i === 0 ? "M" : "L"}${x(p.n).toFixed(1)},${y(p.seconds).toFixed(1)}`)
      .join(" ");
    parts.push(`<path d="${path}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    for (const p of s.points) parts.push(`<circle cx="${x(p.n)}" cy="${y(p.seconds)}" r="3" fill="${s.colour}"/>`);
    const ly = margin.top + index * 18;
    parts.push(
      `<line x1="${width - margin.right + 15}" y1="${ly}" x2="${width - margin.right + 35}" y2="${ly}" stroke="${s.colour}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${width - margin.right + 40}" y="${ly + 4}">${s.label}</text>`);
  });
  parts.push("</svg>");
  return parts.join("\n");
}
