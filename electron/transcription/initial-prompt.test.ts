import { describe, expect, it } from 'vitest';
import { initialPrompt, keyTerms } from './initial-prompt';

describe('initial prompt', () => {
  it('always shows fillers so whisper keeps them', () => {
    expect(initialPrompt()).toMatch(/\bUm\b.*\buh\b.*\blike\b/);
  });

  it('adds the distinctive terms of the question and model answer, once each', () => {
    const prompt = initialPrompt(
      'How would you roll out a change on Kubernetes?',
      'I would use ArgoCD with Helm charts, watch p99 latency in Prometheus, and roll back through Kubernetes if needed.',
    );
    expect(prompt).toContain('Kubernetes, ArgoCD, Helm, p99, Prometheus');
    expect(prompt.match(/Kubernetes/g)).toHaveLength(1);
    expect(keyTerms('the and of would you')).toEqual([]);
  });

  it('stays short enough for whisper.cpp’s 224-token prompt window', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Term${i}`).join(' ');
    expect(initialPrompt(long, long).length).toBeLessThan(700);
  });
});
