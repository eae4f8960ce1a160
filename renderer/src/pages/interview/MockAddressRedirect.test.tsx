import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MockAddressRedirect } from './MockAddressRedirect';

function Where() {
  const { pathname, search } = useLocation();
  return <p data-testid="where">{pathname + search}</p>;
}

function openAt(address: string) {
  render(
    <MemoryRouter initialEntries={[address]}>
      <Routes>
        <Route path="mock/*" element={<MockAddressRedirect />} />
        <Route path="mock" element={<MockAddressRedirect />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
  return screen.getByTestId('where').textContent;
}

afterEach(cleanup);

describe('addresses of mock interviews from earlier releases', () => {
  it('open the same interview, report or list under /interview', () => {
    expect(openAt('/mock/s1/report')).toBe('/interview/s1/report');
  });

  it('keep their query', () => {
    expect(openAt('/mock?due=1')).toBe('/interview?due=1');
  });
});
