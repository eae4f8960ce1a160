import { Navigate, useLocation } from 'react-router';

/**
 * Mock interviews lived under #/mock/… in earlier releases; a bookmark or a window restored to such an address
 * opens the same interview under #/interview/….
 */
export function MockAddressRedirect() {
  const { pathname, search } = useLocation();
  return <Navigate to={`${pathname.replace(/^\/mock/, '/interview')}${search}`} replace />;
}
