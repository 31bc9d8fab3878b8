/** The score tool island with its French strings only (the other language never ships with this page). */
import { scoreToolStringsFr } from '../lib/score-tool-strings-fr.ts';
import ScoreTool, { type ScoreToolProps } from './ScoreTool.tsx';

export default function ScoreToolFr(props: Omit<ScoreToolProps, 'locale' | 't'>) {
  return <ScoreTool {...props} locale="fr" t={scoreToolStringsFr} />;
}
