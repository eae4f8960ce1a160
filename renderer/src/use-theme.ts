import { useEffect } from 'react';
import { useApiQuery } from './api/use-api-query';

/** Applies the theme setting; "system" leaves it to prefers-color-scheme in CSS. */
export function useTheme() {
  const settings = useApiQuery('settings.get', {}, ['settings']);
  const theme = settings.status === 'ready' ? settings.data.theme : 'system';
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
