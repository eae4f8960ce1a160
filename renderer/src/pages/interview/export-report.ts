import { api } from '../../api/client';
import { download } from '../../components/download';

export async function exportMarkdown(interviewId: string): Promise<void> {
  const { fileName, markdown } = await api.call('interviews.exportMarkdown', { interviewId });
  download({ fileName, mimeType: 'text/markdown', content: markdown });
}
