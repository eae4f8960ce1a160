import { useEffect } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { navItems } from './nav-items';
import { useTheme } from './use-theme';

export function Layout() {
  useTheme();
  const navigate = useNavigate();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const item = navItems[Number(event.key) - 1];
      if (item) {
        event.preventDefault();
        void navigate(item.to);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">Rehearse</div>
        <ul>
          {navItems.map((item, index) => (
            <li key={item.to}>
              <NavLink to={item.to} title={`${item.label} (Ctrl+${index + 1})`}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
