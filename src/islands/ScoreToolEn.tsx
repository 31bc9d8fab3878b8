/** The score tool island with its English strings only (the other language never ships with this page). */
import { scoreToolStringsEn } from '../lib/score-tool-strings-en.ts';
import ScoreTool, { type ScoreToolProps } from './ScoreTool.tsx';

export default function ScoreToolEn(props: Omit<ScoreToolProps, 'locale' | 't'>) {
  return <ScoreTool {...props} locale="en" t={scoreToolStringsEn} />;
}
