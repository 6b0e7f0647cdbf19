// Draws the demo pictures locally: one flat-illustration scene per motif, written as SVG and rasterised by
// sharp. Small variations come from a hash of the file name, so every run gives identical bytes.
import sharp from 'sharp'

import type { ImageSeed, Motif } from './content/types'

const [W, H] = [1600, 1000]

/** The palette of the picture (a, b, c) and a random source seeded by its file name. */
interface Ctx {
  a: string
  b: string
  c: string
  rnd: () => number
}
type Box = [x: number, y: number, w: number, h: number]

function seeded(text: string): () => number {
  let s = 2166136261
  for (const ch of text) s = Math.imul(s ^ ch.charCodeAt(0), 16777619) >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), s | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function mix(a: string, b: string, t: number): string {
  const rgb = (hex: string) => {
    const v = parseInt(hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3').slice(1, 7), 16)
    return Number.isNaN(v) ? [0, 175, 202] : [(v >> 16) & 255, (v >> 8) & 255, v & 255]
  }
  const [x, y] = [rgb(a), rgb(b)]
  const channel = (v: number, i: number) => Math.round(v + ((y[i] ?? 0) - v) * t)
  return `#${x.map((v, i) => channel(v, i).toString(16).padStart(2, '0')).join('')}`
}
const tint = (c: string, t: number) => mix(c, '#ffffff', t)
const shade = (c: string, t: number) => mix(c, '#000000', t)
const pick = (k: Ctx, xs: string[]): string => xs[Math.floor(k.rnd() * xs.length)] ?? '#333333'
const jit = (k: Ctx, n: number) => (k.rnd() - 0.5) * n
const f = (v: number) => Math.round(v * 10) / 10

const NUM = /^-?\d*\.?\d+(e-?\d+)?$/
/**
 * A tiny shape language, one shape a line: `r x y w h fill [rx]`, `c cx cy r fill`, `e cx cy rx ry fill`,
 * `p x1 y1 x2 y2 … fill` (polygon), `l x1 y1 x2 y2 stroke width` and `d fill M…` (path; a line starting
 * with a capital letter continues its data). Any shape may add `name=value` attributes after its fill.
 */
function sh(spec: string): string {
  let out = ''
  for (const row of spec.replace(/\n\s*(?=[A-Z])/g, ' ').split('\n')) {
    const [cmd, ...tokens] = row.trim().split(/\s+/)
    const at = tokens.findIndex((t) => !NUM.test(t))
    if (!cmd || at < 0) continue
    const [n, rest] = [tokens.slice(0, at).map((t) => f(Number(t))), tokens.slice(at + 1)]
    const [x = 0, y = 0, u = 0, v = 0] = n
    const named = rest.filter((t) => t.includes('=')).map((t) => t.replace(/^([^=]+)=(.*)$/, ' $1="$2"'))
    const paint = `${cmd === 'l' ? 'stroke' : 'fill'}="${tokens[at]}"${named.join('')}`
    const extra = f(Number(rest.find((t) => NUM.test(t)) ?? 0))
    if (cmd === 'r') out += `<rect x="${x}" y="${y}" width="${u}" height="${v}" rx="${extra}" ${paint}/>`
    if (cmd === 'c') out += `<circle cx="${x}" cy="${y}" r="${u}" ${paint}/>`
    if (cmd === 'e') out += `<ellipse cx="${x}" cy="${y}" rx="${u}" ry="${v}" ${paint}/>`
    if (cmd === 'p') out += `<polygon points="${n.join(' ')}" ${paint}/>`
    if (cmd === 'd') out += `<path d="${rest.filter((t) => !t.includes('=')).join(' ')}" ${paint}/>`
    if (cmd === 'l') out += `<line x1="${x}" y1="${y}" x2="${u}" y2="${v}" stroke-width="${extra}" ${paint}/>`
  }
  return out
}
const g = (transform: string, body: string) => `<g transform="${transform}">${body}</g>`
/** A soft shadow's fill and filter, to be followed by its opacity. */
const SH = '#0b1622 filter=url(#soft) opacity='
/** A linear gradient; stops are "colour" or "colour@opacity". */
function grad(id: string, stops: string[], x2 = 0, y2 = 1, more = ''): string {
  const st = stops.map((s, i) => {
    const [c, o] = s.split('@')
    return `<stop offset="${f((i / (stops.length - 1)) * 100)}%" stop-color="${c}" stop-opacity="${o ?? 1}"/>`
  })
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}"${more}>${st.join('')}</linearGradient>`
}

const SKIN = ['#f1d2b6', '#e2b48f', '#d2a07a', '#b57f5a']
const HAIR = ['#2b2320', '#4a3426', '#77716b', '#1d1b1a', '#5e4630']
const suits = (k: Ctx) => [shade(k.a, 0.72), '#28303b', '#3a3f47', shade(k.c, 0.7), '#1f2a38']

/** A person cut at `y` (shoulders and head), seen from the front or from behind. */
function person(k: Ctx, x: number, y: number, s: number, suit: string, back = false, tone?: string): string {
  const t = y - 90 * s
  const [skin, hair] = tone ? [tone, tone] : [pick(k, SKIN), pick(k, HAIR)]
  const p = (dx: number, dy: number) => `${f(x + dx * s)} ${f(t + dy * s)}`
  const body = sh(`d ${suit} M${p(-64, 92)}C${p(-64, 14)} ${p(-44, 0)} ${p(0, 0)}S${p(64, 14)} ${p(64, 92)}Z
    r ${p(-11, -16)} ${22 * s} ${22 * s} ${shade(skin, 0.12)}`)
  if (back) return body + sh(`c ${p(0, -38)} ${30 * s} ${hair}`)
  const r = f(31 * s)
  return (
    body +
    sh(`p ${p(-20, 1)} ${p(20, 1)} ${p(0, 44)} #f4f6f8
    p ${p(-5, 6)} ${p(5, 6)} ${p(7, 46)} ${p(0, 56)} ${p(-7, 46)} ${pick(k, [k.a, k.b, k.c])}
    c ${p(0, -38)} ${30 * s} ${skin}
    d ${hair} M${p(-31, -34)}A${r} ${r} 0 0 1 ${p(31, -34)}C${p(22, -54)} ${p(-22, -54)} ${p(-31, -34)}Z`)
  )
}

/** A flag of horizontal bands waving by `dy` pixels, with `inner` drawn on it and fabric folds on top. */
function flag([x, y, w, h]: Box, bands: string[], dy: number, inner: string): string {
  const [x1, x2, step] = [f(x + w / 3), f(x + (2 * w) / 3), h / bands.length]
  const band = (y0: number, y1: number, fill: string) => {
    const top = `M${x} ${y0}C${x1} ${y0 - dy} ${x2} ${y0 + dy} ${x + w} ${y0}`
    return sh(`d ${fill} ${top}L${x + w} ${y1}C${x2} ${y1 + dy} ${x1} ${y1 - dy} ${x} ${y1}Z`)
  }
  const cloth = bands.map((c, i) => band(y + i * step, y + (i + 1) * step, c)).join('')
  return cloth + inner + band(y, y + h, 'url(#fold)')
}
/** The two flags of a scene: a field with a disc and a hoist stripe, and a banded flag with a disc. */
function flagOf(k: Ctx, second: boolean, [x, y, w, h]: Box, dy = 0): string {
  const disc = `c ${x + w / 2} ${y + h / 2} ${h * 0.21} ${k.b}`
  if (second) return flag([x, y, w, h], [k.c, tint(k.c, 0.9), k.c], dy, sh(disc))
  const hoist = `r ${x + w * 0.05} ${y + h * 0.08} ${w * 0.06} ${h * 0.84} ${k.b}`
  return flag([x, y, w, h], [k.a], dy, sh(`${disc}\n${hoist}`))
}
function standingFlag(k: Ctx, x: number, top: number, floor: number, second: boolean): string {
  const pole = `r ${x - 4} ${top} 8 ${floor - top} url(#metal) 3\nc ${x} ${top - 6} 9 url(#gold)`
  return sh(`e ${x} ${floor} 60 10 ${SH}.25\n${pole}`) + flagOf(k, second, [x + 4, top + 12, 210, 135], 12)
}
function deskFlag(k: Ctx, x: number, base: number, second: boolean, pole = 90): string {
  const stand = sh(`e ${x} ${base} 16 5 #7b848c\nl ${x} ${base} ${x} ${base - pole} #c9ced3 3`)
  return stand + flagOf(k, second, [x + 2, base - pole + 4, 58, 38], 3)
}

function indoor(k: Ctx, floorY: number, dark = 0): string {
  const wall = mix(mix(k.a, '#f2ede4', 0.82 + k.rnd() * 0.08), '#0c1420', dark)
  const floor = mix(mix(k.a, '#4a3b31', 0.78), '#05080c', dark * 0.6)
  let s = `<defs>${grad('wall', [tint(wall, 0.3), wall])}${grad('floor', [floor, shade(floor, 0.35)])}</defs>`
  s += sh(`r 0 0 ${W} ${floorY} url(#wall)`)
  const step = 150 + Math.floor(k.rnd() * 90)
  for (let x = Math.floor(k.rnd() * step); x < W; x += step) s += sh(`r ${x} 0 4 ${floorY} #fff opacity=.16`)
  return s + sh(`r 0 ${floorY} ${W} ${H - floorY} url(#floor)\nr 0 ${floorY} ${W} 8 #000 opacity=.12`)
}

function outdoor(k: Ctx, horizon: number): string {
  const warm = k.rnd() * 0.45
  const [top, low] = [mix(mix('#2c6db4', k.a, 0.3), '#6273a6', warm), mix('#e6f3fb', '#ffd6a3', warm)]
  const [x, y] = [200 + k.rnd() * 1200, 130 + k.rnd() * 140]
  let s = `<defs>${grad('sky', [top, low])}</defs>`
  s += sh(`r 0 0 ${W} ${horizon} url(#sky)
    c ${x} ${y} 150 #fff3cf opacity=.6 filter=url(#glow)\nc ${x} ${y} 60 #fffaf0 filter=url(#soft)`)
  for (let i = 0; i < 4; i++) {
    const [x, y, r] = [k.rnd() * W, 90 + k.rnd() * 260, 0.6 + k.rnd() * 0.8]
    const puffs = `e ${x} ${y} ${130 * r} ${24 * r} #fff\ne ${x + 30 * r} ${y - 18 * r} ${70 * r} ${30 * r} #fff`
    s += `<g opacity=".7">${sh(`${puffs}\ne ${x - 45 * r} ${y - 8 * r} ${50 * r} ${22 * r} #fff`)}</g>`
  }
  return s
}

function talks(k: Ctx): string {
  let s = indoor(k, 640) + standingFlag(k, 150, 150, 640, false) + standingFlag(k, 1290, 150, 640, true)
  for (let i = 0; i < 5; i++) s += person(k, 420 + i * 190 + jit(k, 30), 650, 1, pick(k, suits(k)))
  s += `<defs>${grad('skirt', [shade(k.a, 0.35), shade(k.a, 0.6)])}</defs>`
  s += sh(`e 800 800 660 30 ${SH}.25\np 240 585 1360 585 1420 645 180 645 #f6f4ef
    r 180 645 1240 140 url(#skirt)\nr 180 645 1240 8 ${tint(k.a, 0.3)}`)
  for (let x = 372; x < 1300; x += 190) s += sh(`p ${x} 615 ${x + 90} 615 ${x + 96} 635 ${x - 6} 635 #fff`)
  s += deskFlag(k, 745, 612, false, 58) + deskFlag(k, 825, 612, true, 58)
  for (let i = 0; i < 4; i++) s += person(k, 260 + i * 360 + jit(k, 60), H + 60, 1.7, pick(k, suits(k)), true)
  return s
}

function handshake(k: Ctx): string {
  const flags = standingFlag(k, 180, 90, 800, false) + standingFlag(k, 1180, 90, 800, true)
  const [s1, s2] = [pick(k, SKIN), pick(k, SKIN)]
  const edge = (skin: string) => `${skin} stroke=${shade(skin, 0.22)} stroke-width=3`
  const arm = (dir: 1 | -1, suit: string, skin: string) => {
    const [x1, x2, x3] = dir === 1 ? [40, 190, 170] : [-200, -990, -210]
    const sleeve = `r ${x1} -64 160 128 ${skin} 50\nr ${x2} -95 800 190 ${suit} 60`
    return g(`rotate(${dir * 16})`, sh(`${sleeve}\nr ${x3} -80 40 160 #f4f6f8 12`))
  }
  let fingers = ''
  for (let i = 0; i < 4; i++)
    fingers += `\nr ${-150 + i * 36} ${-28 + i * 4} 38 ${104 - i * 8} ${edge(s2)} 19`
  const hands = sh(`d ${edge(shade(s2, 0.04))} M150 -74C100 -88 -40 -80 -90 -50L-120 40
      C-60 70 100 78 150 62C180 40 180 -50 150 -74Z
    d ${edge(s1)} M-160 -66C-100 -92 40 -88 90 -50C110 -30 100 30 60 56
      C-20 80 -110 74 -160 60C-190 40 -190 -46 -160 -66Z
    ${fingers}
    d ${edge(shade(s1, 0.05))} M-60 -78C-10 -110 90 -104 140 -74C156 -62 146 -44 128 -48C80 -60 10 -62 -40 -44Z`)
  const arms = arm(-1, shade(k.a, 0.6), s1) + arm(1, mix('#263140', k.c, 0.12), s2)
  const body = sh(`e 0 300 560 30 ${SH}.3`) + arms + hands
  const scene = g(`translate(800 500) rotate(${f(-4 + k.rnd() * 6)}) scale(1.15)`, body)
  return indoor(k, 800, 0.2) + `<g filter="url(#blur)" opacity=".85">${flags}</g>` + scene
}

function forum(k: Ctx): string {
  const screen = (x: number, y: number, w: number, h: number) =>
    sh(`r ${x - 12} ${y - 12} ${w + 24} ${h + 24} #0a1018 8\nr ${x} ${y} ${w} ${h} url(#scr) 4
      c ${x + w / 2} ${y + h / 2} ${h * 0.26} none stroke=${k.b} stroke-width=${h / 30}
      d ${tint(k.b, 0.2)} opacity=.55 M${x} ${y + h * 0.8}Q${x + w / 3} ${y + h * 0.6} ${x + w} ${y + h * 0.78}
      V${y + h}H${x}Z`)
  let s = `${indoor(k, 520, 0.78)}<defs>${grad('scr', [tint(k.a, 0.15), shade(k.a, 0.2), shade(k.c, 0.3)], 1, 1)}`
  s += `</defs>${screen(440, 90, 720, 330)}${screen(130, 160, 240, 150)}${screen(1230, 160, 240, 150)}`
  s += sh(`p 240 470 1360 470 1420 530 180 530 ${shade(k.a, 0.55)}\nr 180 530 1240 22 ${k.b}
    r 560 440 480 36 #f4f2ec\nr 560 476 480 40 ${shade(k.a, 0.3)}`)
  for (let i = 0; i < 4; i++) s += person(k, 610 + i * 125, 478, 0.42, pick(k, suits(k)))
  for (let r = 0; r < 6; r++) {
    const [y, sc] = [610 + r * 62 + r * r * 7, 0.5 + r * 0.2]
    for (let x = ((r * 37) % (150 * sc)) - 75 * sc; x < W + 150 * sc; x += 150 * sc) {
      if (k.rnd() < 0.78) s += person(k, x, y + 10 * sc, sc, pick(k, suits(k)), true)
      s += sh(`r ${x - 62 * sc} ${y - 26 * sc} ${124 * sc} ${70 * sc} ${shade(k.a, 0.5)} ${14 * sc}
        r ${x - 62 * sc} ${y - 26 * sc} ${124 * sc} ${8 * sc} ${tint(k.a, 0.1)} ${4 * sc} opacity=.5`)
    }
  }
  return s
}

function briefing(k: Ctx): string {
  const ring = (x: number) =>
    `c ${x} ${x} 22 none stroke=${k.a} stroke-width=5 opacity=.35\nc ${x} ${x} 8 ${k.b}`
  let s = indoor(k, 760) + `<defs><pattern id="pw" width="160" height="160" patternUnits="userSpaceOnUse">`
  s += `${sh(`${ring(50)}\n${ring(130)}`)}</pattern>${grad('lect', [tint(k.a, 0.05), shade(k.a, 0.45)], 1, 0)}</defs>`
  s += sh(`e 800 760 640 18 ${SH}.25\nr 200 70 1200 690 ${tint(k.a, 0.92)}\nr 200 70 1200 690 url(#pw)`)
  s += standingFlag(k, 280, 170, 800, false) + standingFlag(k, 1300, 170, 800, true)
  s += sh(`e 800 930 240 22 ${SH}.35\np 630 570 970 570 935 930 665 930 url(#lect)
    r 600 545 400 32 ${shade(k.a, 0.55)} 6\nc 800 710 60 none stroke=${k.b} stroke-width=6\nc 800 710 34 ${k.b}`)
  for (let i = 0; i < 5; i++) {
    const [x0, x1, y1] = [770 + i * 15, 660 + i * 70 + jit(k, 20), 440 + jit(k, 40)]
    const cube = `r ${x1 - 15} ${y1 + 2} 30 26 ${pick(k, [k.a, k.b, k.c, '#fff'])} 4`
    const head = `r ${x1 - 12} ${y1 - 40} 24 40 #1b1f24 11\n${cube}`
    s +=
      sh(`l ${x0} 548 ${x1} ${y1} #2a2f36 5`) + g(`rotate(${f((x1 - x0) / 6)} ${f(x1)} ${f(y1)})`, sh(head))
  }
  return s
}

function cinema(k: Ctx): string {
  const velvet = mix(k.c, '#7a1426', 0.8)
  const cloth = [shade(velvet, 0.5), tint(velvet, 0.15), shade(velvet, 0.5)]
  let s = `<defs>${grad('dark', [shade(k.a, 0.8), '#05070a'])}${grad('pic', [tint(k.a, 0.35), tint(k.b, 0.55)])}`
  s += `${grad('cur', cloth, 70, 0, ' gradientUnits="userSpaceOnUse" spreadMethod="reflect"')}</defs>`
  s += sh(`r 0 0 ${W} ${H} url(#dark)\nr 240 60 1120 640 ${tint(k.a, 0.5)} opacity=.35 filter=url(#soft)
    r 290 100 1020 560 url(#pic)\nc ${520 + k.rnd() * 560} 280 70 #fff7dc
    p 290 560 520 380 700 520 930 330 1310 600 1310 660 290 660 ${shade(k.a, 0.25)}
    p 290 620 640 520 1000 600 1310 540 1310 660 290 660 ${mix(k.c, shade(k.a, 0.4), 0.45)}
    r 0 0 250 760 url(#cur)\nr 1350 0 250 760 url(#cur)\nr 0 0 ${W} 60 ${shade(velvet, 0.45)}`)
  for (let r = 0; r < 3; r++)
    for (let x = r * 60; x < W + 100; x += 170 - r * 10)
      s += person(k, x, 850 + r * 90, 0.9 + r * 0.35, '#07090c', true, '#0d1015')
  let strip = `e 360 200 380 26 ${SH}.5\nr 0 0 730 180 #15171b 6`
  for (let x = 14; x < 720; x += 32) strip += `\nr ${x} 12 16 14 #e9e4d8 3\nr ${x} 154 16 14 #e9e4d8 3`
  ;[k.a, k.b, k.c, k.a].forEach((c, i) => {
    const x = 40 + i * 170
    strip += `\nr ${x} 40 150 100 ${tint(c, 0.35)} 4`
    strip += `\np ${x} 140 ${x + 50} 90 ${x + 90} 115 ${x + 150} 80 ${x + 150} 140 ${shade(c, 0.35)}`
  })
  return s + g('translate(980 820) rotate(-14)', sh(strip))
}

function monument(k: Ctx): string {
  let s = outdoor(k, 720) + `<defs>${grad('water', [mix(k.a, '#b9d6e6', 0.6), shade(k.a, 0.35)])}</defs>`
  for (let x = 0; x < W; x += 70 + k.rnd() * 50)
    s += sh(`r ${x} ${680 - k.rnd() * 90} 60 140 ${tint(k.a, 0.55)} opacity=.6`)
  const arch = sh(`d none stroke=url(#gold) stroke-width=48 M250 720Q800 -280 1350 720
    d none stroke=#c89022 stroke-width=14 M330 720Q800 -160 1270 720`)
  s += sh(`r 0 720 ${W} 280 url(#water)`) + g('translate(0 1440) scale(1 -1)', `<g opacity=".28">${arch}</g>`)
  for (let i = 0; i < 9; i++)
    s += sh(`r ${k.rnd() * W} ${760 + k.rnd() * 220} ${80 + k.rnd() * 160} 4 #fff 2 opacity=.4`)
  for (let t = 0.2; t < 0.81; t += 0.05) {
    const [x, y] = [(1 - t) ** 2 * 250 + 2 * t * (1 - t) * 800 + t * t * 1350, 720 - 2000 * t * (1 - t)]
    s += sh(`l ${x} ${y + 20} ${x} 610 #d9a93a 4`)
  }
  s += arch + sh(`r 100 610 1400 26 ${tint(k.a, 0.85)}\nr 100 636 1400 14 ${shade(k.a, 0.35)}`)
  return s + deskFlag(k, 140, 612, false) + deskFlag(k, 1400, 612, true)
}

function city(k: Ctx): string {
  let s = `${outdoor(k, 820)}<defs>${grad('tower', [tint(k.a, 0.75), tint(k.a, 0.2), shade(k.a, 0.25)], 1, 0)}`
  s += '</defs>'
  for (let x = -20; x < W; x += 60 + k.rnd() * 60)
    s += sh(`r ${x} ${660 - k.rnd() * 220} ${70 + k.rnd() * 40} 400 ${mix(k.a, '#c9d8e4', 0.6)} 2 opacity=.8`)
  const tx = 620 + k.rnd() * 360
  s += sh(`r ${tx - 130} 770 260 60 ${tint(k.a, 0.6)} 4
    p ${tx - 75} 780 ${tx + 75} 780 ${tx + 48} 320 ${tx - 48} 320 url(#tower)`)
  for (let y = 360; y < 770; y += 34) {
    const hw = 48 + ((y - 320) / 460) * 27
    s += sh(`r ${tx - hw} ${y} ${2 * hw} 3 #fff opacity=.35`)
  }
  s += sh(`r ${tx - 62} 300 124 26 ${k.b} 4\nr ${tx - 56} 250 112 52 url(#tower)
    r ${tx - 66} 244 132 10 ${shade(k.b, 0.2)} 3\nr ${tx - 3} 70 6 74 #c89022\nc ${tx} 72 8 url(#gold)
    d url(#gold) M${tx - 66} 246C${tx - 66} 170 ${tx - 30} 140 ${tx} 140S${tx + 66} 170 ${tx + 66} 246Z`)
  for (let x = -40; x < W; x += 140 + k.rnd() * 80) {
    if (Math.abs(x + 70 - tx) < 170) continue
    const [w, h] = [110 + k.rnd() * 70, 150 + k.rnd() * 260]
    s += sh(`r ${x} ${840 - h} ${w} ${h + 20} ${mix(shade(k.a, 0.5), '#34465a', 0.5)} 3`)
    for (let wy = 860 - h; wy < 820; wy += 28)
      for (let wx = x + 14; wx < x + w - 18; wx += 26)
        s += sh(`r ${wx} ${wy} 14 16 ${k.rnd() < 0.3 ? mix('#ffe6a6', k.b, 0.15) : '#a9bccc'} 2 opacity=.55`)
  }
  s += sh(`r 0 820 ${W} 180 ${mix('#5d8a4e', k.a, 0.15)}\nr 0 900 ${W} 40 #8c8f93`)
  for (let x = 20; x < W; x += 90 + k.rnd() * 60) {
    const leaves = `c ${x} ${850 + k.rnd() * 20} ${34 + k.rnd() * 14} ${mix('#3f7a3c', '#2e5e36', k.rnd())}`
    s += sh(`r ${x - 4} 860 8 30 #5a4030\n${leaves}`)
  }
  return s
}

function mountains(k: Ctx): string {
  let s = outdoor(k, 760)
  const range = (base: number, lo: number, hi: number, color: string) => {
    let [pts, snow] = [`0 ${H}`, '']
    for (let x = -100; x < W + 200; x += 220 + k.rnd() * 160) {
      const [y, dx] = [base - lo - k.rnd() * (hi - lo), 120 + k.rnd() * 60]
      pts += ` ${x - dx} ${base - k.rnd() * 40} ${x} ${y}`
      snow += `\np ${x} ${y} ${x - dx * 0.32} ${y + 60} ${x - dx * 0.12} ${y + 45} ${x} ${y + 70}`
      snow += ` ${x + dx * 0.15} ${y + 48} ${x + dx * 0.3} ${y + 62} #f7fbff`
    }
    return sh(`p ${pts} ${W} ${base} ${W} ${H} ${color}${snow}`)
  }
  s += range(700, 250, 430, mix(k.a, '#9db4c8', 0.55)) + range(780, 120, 260, mix(k.a, '#4d6b84', 0.6))
  const yx = 300 + k.rnd() * 900
  s += sh(`d ${mix('#6b9a4f', k.a, 0.15)} M0 800Q400 ${730 + k.rnd() * 40} 800 790T1600 780V1000H0Z
    d ${mix('#4d7e3e', k.a, 0.1)} M0 900Q500 840 1000 890T1600 870V1000H0Z
    e ${yx} 905 90 10 ${SH}.25\nr ${yx - 75} 840 150 62 #f6f1e6\nd #fbf8f1 M${yx - 80} 842Q${yx} 770 ${yx + 80} 842Z
    r ${yx - 75} 840 150 10 ${k.c}\nr ${yx - 16} 864 32 38 ${shade(k.b, 0.35)} 3`)
  for (let i = 0; i < 7; i++) {
    const [x, y, t] = [k.rnd() * W, 860 + k.rnd() * 100, 60 + k.rnd() * 50]
    if (Math.abs(x - yx) > 120)
      s += sh(`p ${x} ${y - t} ${x - t * 0.35} ${y} ${x + t * 0.35} ${y} #2f5a34
      r ${x - 4} ${y} 8 14 #5a4030`)
  }
  return s
}

function documents(k: Ctx): string {
  let s = `<defs>${grad('desk', [mix('#8a5f3e', k.a, 0.12), '#4e3322'], 1, 1)}</defs>${sh(`r 0 0 ${W} ${H} url(#desk)`)}`
  for (let y = 20; y < H; y += 38 + k.rnd() * 30) s += sh(`r 0 ${y} ${W} 2 #fff opacity=.05`)
  s += sh(`e 800 540 640 380 ${SH}.35\nr 180 150 1240 760 ${shade(k.a, 0.55)} 18
    r 200 170 1200 720 none 12 stroke=${tint(k.a, 0.3)} stroke-width=3 opacity=.4`)
  const folder = (cx: number, rot: number, color: string) => {
    let out = `e 0 20 300 200 ${SH}.4\nr -300 -200 600 400 ${color} 12\nr -285 -185 275 370 #fbfaf6 4
      r 10 -185 275 370 #fbfaf6 4\nc -90 120 30 ${k.b} opacity=.9\nc -90 120 20 none stroke=#fff stroke-width=3
      d none stroke=#1d3f8a stroke-width=4 stroke-linecap=round M60 110c20-30 30 10 45-12s25 20 40-5 15 10 35 0`
    for (let i = 0; i < 8; i++) {
      out += `\nr -255 ${-150 + i * 26} ${190 + ((i * 53) % 40)} 8 #c3c8ce 4`
      out += `\nr 40 ${-150 + i * 22} ${200 - ((i * 31) % 50)} 8 #c3c8ce 4`
    }
    return g(`translate(${cx} 540) rotate(${f(rot)})`, sh(out))
  }
  s += folder(520, -4 + k.rnd() * 3, shade(k.c, 0.2)) + folder(1080, 2 + k.rnd() * 3, shade(k.a, 0.15))
  const pen = `e 0 12 170 10 ${SH}.4\nr -170 -9 300 18 #15181d 9\nr 130 -7 40 14 url(#gold) 6
    r -120 -12 90 4 url(#gold) 2`
  const place = (x: number, y: number, rot: number) => g(`translate(${f(x)} ${y}) rotate(${f(rot)})`, sh(pen))
  s += place(760 + k.rnd() * 80, 860, -8 - k.rnd() * 6) + place(1150, 250, 160 + k.rnd() * 10)
  return s + deskFlag(k, 760, 170, false) + deskFlag(k, 840, 170, true)
}

function concert(k: Ctx): string {
  let s = `<defs>${grad('night', ['#080b14', mix(k.a, '#121a2a', 0.6)])}`
  s += `${grad('stage', [mix(k.a, '#2a3444', 0.5), '#141922'])}<pattern id="led" width="24" height="24"`
  s += ` patternUnits="userSpaceOnUse">${sh(`c 12 12 5 ${tint(k.a, 0.3)} opacity=.35`)}</pattern></defs>`
  s += sh(`r 0 0 ${W} ${H} url(#night)\nr 220 150 1160 470 #0c1018 6\nr 230 160 1140 450 url(#led)
    c 800 390 150 ${k.b} opacity=.35 filter=url(#soft)\nc 800 390 110 none stroke=${k.b} stroke-width=10 opacity=.8
    r 120 70 1360 26 #2a2f3a 4\nr 120 96 1360 6 #000 opacity=.4`)
  ;[k.a, k.b, k.c, k.b, k.a].forEach((c, i) => {
    const [x, tx] = [240 + i * 280, 420 + i * 190 + jit(k, 160)]
    s += `<defs>${grad(`beam${i}`, [`${tint(c, 0.2)}@.6`, `${c}@.05`])}</defs>`
    s += sh(`p ${x - 16} 100 ${x + 16} 100 ${tx + 160} 690 ${tx - 160} 690 url(#beam${i})
      r ${x - 24} 84 48 34 #1a1d24 8\nc ${x} 112 12 ${tint(c, 0.6)}\ne ${tx} 680 170 22 ${c} opacity=.35`)
  })
  s += sh(`p 150 640 1450 640 1560 720 40 720 url(#stage)\nr 40 720 1520 40 #0b0e14
    r 40 720 1520 5 ${k.b} opacity=.8`)
  for (let i = 0; i < 3; i++) {
    const [x, d] = [540 + i * 260 + jit(k, 40), '#0f1219']
    s += sh(`r ${x - 30} 470 60 110 ${d} 26\nr ${x - 26} 560 22 110 ${d} 10\nr ${x + 4} 560 22 110 ${d} 10
      c ${x} 440 27 ${d}\nl ${x - 26} 490 ${x - 60} 560 ${d} 16\nl ${x + 26} 490 ${x + 50} ${440 + i * 30} ${d} 16
      l ${x + 70} 690 ${x + 70} 470 #3a3f4a 5\nc ${x + 66} 462 8 #3a3f4a`)
  }
  for (let i = 0; i < 30; i++) {
    const [x, y] = [k.rnd() * W, 880 + k.rnd() * 100]
    if (k.rnd() < 0.35) s += sh(`l ${x + 20} ${y} ${x + 40 + k.rnd() * 30} ${y - 150} #04050a 18`)
    s += sh(`c ${x} ${y - 20} 34 #04050a\ne ${x} ${y + 90} 70 90 #04050a`)
  }
  return s
}

function airport(k: Ctx): string {
  let s = outdoor(k, 600) + `<defs>${grad('tarmac', ['#9aa1a8', '#5d646b'])}`
  s += `${grad('body', ['#fff', '#dfe5ea', '#b8c1c9'])}</defs>`
  s +=
    sh(`r 120 520 900 80 ${tint(k.a, 0.6)}\nr 120 540 900 30 ${tint(k.a, 0.3)} opacity=.5\nr 1180 380 40 220 #c9d2da
    r 1160 360 80 40 ${shade(k.a, 0.3)} 8\nr 0 600 ${W} 400 url(#tarmac)
    p 900 700 1600 690 1600 706 900 712 ${k.b} opacity=.7
    e 820 665 620 22 ${SH}.4\np 700 560 1010 640 1070 640 900 555 #8d979f
    d url(#body) M210 520C210 480 250 450 330 450L1230 445L1400 290L1470 290L1440 470
      C1440 505 1410 528 1370 532L300 565C240 565 210 548 210 520Z
    p 1300 360 1400 290 1470 290 1455 360 ${k.a}\np 1260 400 1300 360 1455 360 1448 400 ${k.b}
    d ${k.a} M240 540C500 540 900 520 1430 500L1425 515C1000 530 500 552 270 556Z`)
  for (let x = 380; x < 1220; x += 34) s += sh(`r ${x} 470 14 18 #3b4a5a 7`)
  s += sh(`d #2a3642 M230 490C250 470 280 462 300 462L300 490Z\nr 420 460 40 80 #c4ccd3 8
    e 860 585 90 30 #c7cfd6\ne 790 585 18 26 #4a535c\nr 480 560 8 90 #555\nc 484 650 14 #222
    r 1000 550 10 100 #555\nc 995 650 16 #222\nc 1020 650 16 #222
    p 410 540 470 540 370 740 290 740 #dfe3e8\np 470 540 490 540 392 740 370 740 #9aa3ab`)
  for (let i = 1; i < 10; i++)
    s += sh(`l ${410 - i * 12} ${540 + i * 20} ${470 - i * 10} ${540 + i * 20} #aab2ba 3`)
  s += sh(`l 478 496 380 700 #7d868f 5\nl 418 496 320 700 #7d868f 4\nr 250 730 220 40 ${shade(k.a, 0.2)} 8
    c 290 772 16 #222\nc 430 772 16 #222\np 290 770 372 770 700 1000 200 1000 ${mix(k.c, '#a3162b', 0.85)}`)
  for (let i = 0; i < 4; i++) {
    const [x, y, sc, suit] = [130 + i * 80 + (i > 1 ? 300 : 0), 800 + (i % 2) * 25, 0.62, pick(k, suits(k))]
    const leg = (dx: number) => `r ${x + dx * sc} ${y - 4} ${24 * sc} ${105 * sc} ${shade(suit, 0.3)} 6`
    s += sh(`e ${x} ${y + 105 * sc} 50 8 ${SH}.25\n${leg(-26)}\n${leg(2)}
      r ${x - 58 * sc} ${y - 60 * sc} ${116 * sc} ${66 * sc} ${suit} 10`)
    s += person(k, x, y - 40 * sc, sc, suit)
  }
  return s
}

function conference(k: Ctx): string {
  const [inner, outer] = [mix(k.a, '#33404d', 0.55), mix(k.a, '#10161d', 0.75)]
  let s = `<defs><radialGradient id="carpet"><stop offset="0" stop-color="${inner}"/>`
  s += `<stop offset="1" stop-color="${outer}"/></radialGradient>${grad('wood', ['#f7f3ea', '#ddd3c1'], 1, 1)}</defs>`
  s += sh(`r 0 0 ${W} ${H} url(#carpet)\nc 800 500 470 none stroke=${k.b} stroke-width=3 opacity=.3`)
  const n = 10 + Math.floor(k.rnd() * 3)
  for (let i = 0; i < n; i++) {
    const seat = `r 380 -52 70 104 ${mix(k.a, '#cfd8e0', 0.4)} 18\ne 395 0 34 58 ${pick(k, suits(k))}`
    const turn = `translate(800 500) rotate(${f((360 / n) * i + k.rnd() * 6)})`
    s += g(turn, sh(`${seat}\ne 382 0 14 18 ${pick(k, SKIN)}\nc 402 0 22 ${pick(k, HAIR)}`))
  }
  s += sh(`e 812 515 360 360 ${SH}.5\nc 800 500 345 url(#wood)\nc 800 500 180 ${mix(k.a, '#1c2631', 0.6)}`)
  for (let i = 0; i < n; i++) {
    const place = sh(`r 260 -32 50 64 #fff 3 stroke=#cfd5db\nl 225 -40 250 -20 #2b3038 4`)
    s += g(
      `translate(800 500) rotate(${f((360 / n) * i)})`,
      place + flagOf(k, i % 2 === 1, [215, 18, 30, 20]),
    )
  }
  for (let i = 0; i < 10; i++) {
    const [x, y] = [800 + Math.cos((i * Math.PI) / 5) * 70, 500 + Math.sin((i * Math.PI) / 5) * 70]
    s += sh(`c ${x} ${y} 34 ${[k.a, k.b, k.c][i % 3]} opacity=.9
c ${x} ${y} 12 #fff opacity=.7`)
  }
  s += sh(`c 800 500 40 #f6f1e4
c 800 500 22 ${k.b}`)
  return s + sh(`c 800 500 180 none stroke=${shade(k.a, 0.5)} stroke-width=8`)
}

const inside = { talks, handshake, forum, briefing, cinema, documents, concert, conference }
const scenes: Record<Motif, (k: Ctx) => string> = { ...inside, monument, city, mountains, airport }

const DEFS = [
  '<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="14"/></filter>',
  '<filter id="glow" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="60"/></filter>',
  '<filter id="blur" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="7"/></filter>',
  grad('fold', ['#fff@0', '#fff@.3', '#000@0', '#000@.22', '#fff@0'], 1, 0),
  grad('gold', ['#fff0b0', '#f2c14e', '#b9821f']),
  grad('metal', ['#eef1f4', '#8f99a3'], 1, 0),
  '<radialGradient id="vig" r=".75"><stop offset=".6" stop-opacity="0"/><stop offset="1" stop-opacity=".3"/>',
  '</radialGradient>',
].join('')

/** Draws the picture for `image`: a 1600×1000 progressive JPEG, identical bytes for identical input. */
export async function drawImage(image: ImageSeed): Promise<Buffer> {
  const [a = '#00AFCA', b = '#FEC50C', c = '#1F3A5F'] = image.palette
  const k: Ctx = { a, b, c, rnd: seeded(`${image.file}:${image.motif}`) }
  const body = `<defs>${DEFS}</defs>${scenes[image.motif](k)}${sh(`r 0 0 ${W} ${H} url(#vig)`)}`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, progressive: true }).toBuffer()
}
