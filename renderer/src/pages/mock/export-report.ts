import { api } from '../../api/client';
import { download } from '../../components/download';

export async function exportMarkdown(sessionId: string): Promise<void> {
  const { fileName, markdown } = await api.call('sessions.exportMarkdown', { sessionId });
  download({ fileName, mimeType: 'text/markdown', content: markdown });
}
