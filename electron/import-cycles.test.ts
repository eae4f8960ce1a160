import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = import.meta.dirname;

/** The top-level part of electron/ a file belongs to: a folder, or a file at the top. */
function partOf(file: string): string {
  const [first, ...rest] = path.relative(electronDir, file).split(path.sep);
  return rest.length === 0 ? first!.replace(/\.tsx?$/, '') : first!;
}

function productFiles(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'testing') productFiles(full, found);
    } else if (/\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name)) found.push(full);
  }
  return found;
}

/** Which top-level parts each part imports, from the import specifiers in product code. */
function partGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of productFiles(electronDir)) {
    const from = partOf(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const specifier = match[1]!;
      let to: string | undefined;
      if (specifier === '@contract' || specifier.startsWith('@contract/')) to = 'contract';
      else if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        if (target.startsWith(electronDir + path.sep)) to = partOf(target);
      }
      if (to && to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Parts that reach each other through imports (strongly connected, Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('folders of the main process', () => {
  it('import each other in one direction only', () => {
    expect(cycles(partGraph())).toEqual([]);
  });

  it('are read from real imports', () => {
    const graph = partGraph();
    expect(graph.get('feedback')?.has('scoring')).toBe(true);
    expect(graph.get('transport')?.has('contract')).toBe(true);
  });
});
