import { useEffect, useState } from 'react';

export interface ChartColors {
  accent: string;
  text: string;
  muted: string;
  grid: string;
  ok: string;
  warn: string;
  surface: string;
  series: string[];
}

const read = (): ChartColors => {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: v('--accent', '#2857c5'),
    text: v('--text', '#1d1d1b'),
    muted: v('--muted', '#66645e'),
    grid: v('--border', '#dcdad3'),
    ok: v('--ok', '#1f7a3a'),
    warn: v('--warn', '#a86300'),
    surface: v('--surface', '#ffffff'),
    series: [1, 2, 3, 4, 5, 6].map((n) => v(`--chart-${n}`, '#2857c5')),
  };
};

/**
 * SVG attributes cannot rely on CSS variables everywhere, so charts get the
 * theme's colours as values, read again whenever the theme changes.
 */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const update = () => setColors(read());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', update);
    };
  }, []);
  return colors;
}
