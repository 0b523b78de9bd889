import { describe, expect, it } from 'vitest'
import { wheelIntent, wheelPx, zoomHintText, zoomWheelStep } from '../../src/timeline/wheel'

const wheel = (patch: Partial<WheelEvent>) =>
  ({ ctrlKey: false, metaKey: false, deltaX: 0, deltaY: 0, deltaMode: 0, ...patch }) as WheelEvent

describe('a wheel over the timeline', () => {
  it('scrolls the page when plain and mostly vertical, whichever way', () => {
    expect(wheelIntent(wheel({ deltaY: -100 }))).toBe('page')
    expect(wheelIntent(wheel({ deltaY: 100, deltaX: 30 }))).toBe('page')
  })

  it('zooms with Ctrl (and a trackpad pinch, which arrives with Ctrl) or ⌘ held', () => {
    expect(wheelIntent(wheel({ deltaY: -3, ctrlKey: true }))).toBe('zoom')
    expect(wheelIntent(wheel({ deltaY: 100, metaKey: true }))).toBe('zoom')
    expect(wheelIntent(wheel({ deltaX: 100, ctrlKey: true }))).toBe('zoom')
  })

  it('pans when it is mostly sideways (a trackpad swipe)', () => {
    expect(wheelIntent(wheel({ deltaX: -40, deltaY: 6 }))).toBe('pan')
    expect(wheelIntent(wheel({ deltaX: 40 }))).toBe('pan')
  })

  it('counts lines and pages as pixels', () => {
    expect(wheelPx(3, 0, 800)).toBe(3)
    expect(wheelPx(3, 1, 800)).toBe(75)
    expect(wheelPx(-1, 2, 800)).toBe(-800)
  })

  it('zooms by d3-zoom’s step (Ctrl counting ten times), at most a doubling per event', () => {
    // The benchmark's Ctrl + wheel of 15 px makes the step its plain wheel of 150 px made.
    expect(zoomWheelStep(wheel({ deltaY: -15, ctrlKey: true }))).toBeCloseTo(0.3)
    expect(zoomWheelStep(wheel({ deltaY: 150, metaKey: true }))).toBeCloseTo(-0.3)
    // A mouse notch with Ctrl held: twice as close, not four times.
    expect(zoomWheelStep(wheel({ deltaY: -100, ctrlKey: true }))).toBe(1)
    expect(zoomWheelStep(wheel({ deltaY: 100, ctrlKey: true }))).toBe(-1)
  })

  it('hints at ⌘ on Apple systems and at Ctrl elsewhere', () => {
    expect(zoomHintText('MacIntel')).toBe('Use ⌘ + scroll to zoom')
    expect(zoomHintText('iPhone')).toBe('Use ⌘ + scroll to zoom')
    expect(zoomHintText('Win32')).toBe('Use Ctrl + scroll to zoom')
    expect(zoomHintText('Linux x86_64')).toBe('Use Ctrl + scroll to zoom')
  })
})
