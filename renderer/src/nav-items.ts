/** The main sections, in order; Ctrl/⌘ + their number jumps to them. */
export const navItems = [
  { to: '/library', label: 'Library' },
  { to: '/practice', label: 'Practice' },
  { to: '/review', label: 'Review' },
  { to: '/progress', label: 'Progress' },
  { to: '/interview', label: 'Mock interview' },
  { to: '/settings', label: 'Settings' },
] as const;
