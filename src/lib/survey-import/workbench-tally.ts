/**
 * The analyst's counts of an import, kept beside Tally's (tally.ts calls these for every data row), in bounded
 * memory except for the respondent ids: each 0–10 question's answers and skip reasons, the 3 × 3 group table of
 * each two questions, the respondent ids (to count repeats), the weighted sums, and the CSAT and CES columns.
 *
 * With "keep each respondent's latest answer" on, a first pass (LatestAnswers in src/lib/dedupe-respondents.ts)
 * has found each respondent's winning row; here every other counted answer of a respondent is a repeat: it is
 * left out of everything (the score, the questions, the weights, CSAT and CES, months, segments, detractors)
 * and counted as `skipped.repeat`, so no row is lost.
 */
import { respondentKey } from '../dedupe-respondents.ts';
import { WeightedNpsTally } from '../weighted-nps.ts';
import { parseAnswer } from './answer.ts';
import type { ImportResult, QuestionPair, QuestionTally, RespondentSummary, ScaleColumnCounts } from './types.ts';
import type { WorkbenchPlan } from './workbench-plan.ts';

const group = (answer: number) => (answer >= 9 ? 2 : answer >= 7 ? 1 : 0);

/** Counts of a 1–5 or 1–7 column: answers 1..7 kept apart until the scale is known. */
export class ScaleColumnTally {
  /** Answers 1..7 (index 0 = 1). */
  private readonly counts = new Array<number>(7).fill(0);
  private blank = 0;
  private notANumber = 0;
  private outOfScale = 0;

  add(cell: string | undefined): void {
    const answer = parseAnswer(cell);
    if (answer === 'blank') this.blank++;
    else if (answer === 'notANumber') this.notANumber++;
    else if (answer === 'outOfRange' || answer < 1 || answer > 7) this.outOfScale++;
    else this.counts[answer - 1]!++;
  }

  /** The counts on a scale of `scale` points (answers above it are off the scale); `scale` undefined = the answers decide. */
  finish(column: number, kind: 'csat' | 'ces', stated?: { scale: 5 | 7; from: 'chosen' | 'header' }): ScaleColumnCounts {
    // CSAT is a 5-point scale by definition; a CES scale is stated, or read from the answers.
    const [scale, scaleFrom]: [5 | 7, ScaleColumnCounts['scaleFrom']] =
      kind === 'csat' ? [5, 'chosen'] : stated ? [stated.scale, stated.from] : [this.counts[5]! + this.counts[6]! > 0 ? 7 : 5, 'values'];
    const counts = this.counts.slice(0, scale);
    const outOfScale = this.outOfScale + this.counts.slice(scale).reduce((a, b) => a + b, 0);
    return {
      column,
      scale,
      scaleFrom,
      counts,
      skipped: { blank: this.blank, notANumber: this.notANumber, outOfScale, total: this.blank + this.notANumber + outOfScale },
    };
  }
}

interface QuestionCounts {
  counts: number[];
  blank: number;
  notANumber: number;
  outOfRange: number;
}

export class WorkbenchTally {
  private readonly plan: WorkbenchPlan;
  private readonly winners: ReadonlyMap<string, number> | undefined;
  private readonly questions: QuestionCounts[];
  /** Per pair (i < j of questionColumns, in order): 9 counts. */
  private readonly pairs: number[][];
  private readonly groups: number[];
  private readonly ids = new Set<string>();
  private answers = 0;
  private blankIds = 0;
  private repeats = 0;
  private readonly weights: WeightedNpsTally | undefined;
  private readonly csat: ScaleColumnTally | undefined;
  private readonly ces: ScaleColumnTally | undefined;

  /** `winners`: each respondent's winning row, when the repeats are to be kept out. */
  constructor(plan: WorkbenchPlan, winners?: ReadonlyMap<string, number>) {
    this.plan = plan;
    this.winners = plan.keepLatest ? winners : undefined;
    this.questions = plan.questionColumns.map(() => ({ counts: new Array<number>(11).fill(0), blank: 0, notANumber: 0, outOfRange: 0 }));
    const k = plan.questionColumns.length;
    this.pairs = Array.from({ length: (k * (k - 1)) / 2 }, () => new Array<number>(9).fill(0));
    this.groups = new Array<number>(k).fill(-1);
    if (plan.weightColumn !== undefined) this.weights = new WeightedNpsTally();
    if (plan.csatColumn !== undefined) this.csat = new ScaleColumnTally();
    if (plan.cesColumn !== undefined) this.ces = new ScaleColumnTally();
  }

  /**
   * A data row whose chosen answer is `answer` (a number when counted). Returns true when the row is a repeat
   * kept out: the caller counts it as such and nothing else.
   */
  add(row: readonly string[], line: number, answer: number | undefined): boolean {
    const { respondentColumn } = this.plan;
    if (answer !== undefined && respondentColumn !== undefined) {
      const key = respondentKey(row[respondentColumn]);
      if (key === '') this.blankIds++;
      else if (this.winners) {
        if (this.winners.get(key) !== line) {
          this.repeats++;
          return true;
        }
        this.ids.add(key);
      } else if (this.ids.has(key)) this.repeats++;
      else this.ids.add(key);
      this.answers++;
    }
    this.addQuestions(row);
    if (answer !== undefined && this.weights) this.weights.add(answer, row[this.plan.weightColumn!]);
    this.csat?.add(row[this.plan.csatColumn!]);
    this.ces?.add(row[this.plan.cesColumn!]);
    return false;
  }

  private addQuestions(row: readonly string[]): void {
    const columns = this.plan.questionColumns;
    for (let q = 0; q < columns.length; q++) {
      const value = parseAnswer(row[columns[q]!]);
      const tally = this.questions[q]!;
      if (typeof value === 'number') {
        tally.counts[value]!++;
        this.groups[q] = group(value);
      } else {
        tally[value]++;
        this.groups[q] = -1;
      }
    }
    let pair = 0;
    for (let a = 0; a < columns.length; a++) {
      for (let b = a + 1; b < columns.length; b++, pair++) {
        const ga = this.groups[a]!;
        const gb = this.groups[b]!;
        if (ga >= 0 && gb >= 0) this.pairs[pair]![ga * 3 + gb]!++;
      }
    }
  }

  /** Add the analyst's fields to the result. `commaHint`: what a lone comma in a weight means when the column never says. */
  finish(result: ImportResult, commaHint: 'decimal' | 'thousands'): void {
    const plan = this.plan;
    result.columnReason = plan.columnReason;
    const header = (index: number) => result.allColumns[index]?.header ?? '';
    const likely = new Set(result.columns.filter((c) => c.isLikely).map((c) => c.index));
    result.questions = plan.questionColumns.map((index, q): QuestionTally => {
      const { counts, blank, notANumber, outOfRange } = this.questions[q]!;
      return { index, header: header(index), isLikely: likely.has(index), counts: [...counts], skipped: { blank, notANumber, outOfRange, total: blank + notANumber + outOfRange } };
    });
    const pairs: QuestionPair[] = [];
    let pair = 0;
    for (let a = 0; a < plan.questionColumns.length; a++) {
      for (let b = a + 1; b < plan.questionColumns.length; b++, pair++)
        pairs.push({ first: plan.questionColumns[a]!, second: plan.questionColumns[b]!, both: [...this.pairs[pair]!] });
    }
    result.questionPairs = pairs;
    if (plan.respondentColumn !== undefined) {
      const kept = Boolean(this.winners);
      // Kept out: the counted answers are the winners; without: they include the repeats.
      const answersBefore = kept ? this.answers + this.repeats : this.answers;
      const summary: RespondentSummary = {
        column: plan.respondentColumn,
        detectedBy: plan.respondentFrom ?? 'chosen',
        answersBefore,
        blankIds: this.blankIds,
        distinct: this.ids.size,
        repeats: this.repeats,
        answersAfter: answersBefore - this.repeats,
        keptLatest: kept,
        latestBy: result.dateColumn !== undefined ? 'date' : 'row',
      };
      result.respondents = summary;
      if (kept) {
        result.skipped.repeat = this.repeats;
        result.skipped.total += this.repeats;
      }
    }
    if (this.weights && plan.weightColumn !== undefined) {
      const { sums, skipped } = this.weights.result(commaHint);
      result.weights = {
        column: plan.weightColumn,
        ...sums,
        skipped: {
          blank: skipped.blank,
          notANumber: skipped['not-a-number'],
          negative: skipped.negative,
          zero: skipped.zero,
          total: skipped.blank + skipped['not-a-number'] + skipped.negative + skipped.zero,
        },
      };
    }
    if (this.csat && plan.csatColumn !== undefined) result.csat = this.csat.finish(plan.csatColumn, 'csat');
    if (this.ces && plan.cesColumn !== undefined) result.ces = this.ces.finish(plan.cesColumn, 'ces', plan.cesScale);
  }
}
