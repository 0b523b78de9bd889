/**
 * Colour-vision deficiency simulation for tests: Machado, Oliveira & Fernandes (2009), severity
 * 1.0, applied in linear sRGB; distances are CIE76 ΔE in CIELAB (D65).
 */

type Rgb = [number, number, number]
type Matrix = [Rgb, Rgb, Rgb]

export const DEFICIENCIES: Record<string, Matrix | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

function linearRgb(hex: string): Rgb {
  const n = (i: number) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)
  return [n(1), n(3), n(5)]
}

function simulate(rgb: Rgb, m: Matrix | null): Rgb {
  if (!m) return rgb
  const clamp = (v: number) => Math.min(1, Math.max(0, v))
  return m.map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as Rgb
}

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/** The smallest ΔE between two colours across normal vision and the three dichromacies. */
export function minDeltaE(a: string, b: string): number {
  let min = Infinity
  for (const m of Object.values(DEFICIENCIES)) {
    const la = lab(simulate(linearRgb(a), m))
    const lb = lab(simulate(linearRgb(b), m))
    min = Math.min(min, Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]))
  }
  return min
}
