/**
 * A workbook's sheet picker, beside the import's result or its error about a sheet: which sheet was read and
 * why, and a menu of every sheet (marked hidden, empty, or holding a recommendation question).
 */
import type { ImportStrings } from '../../lib/survey-import/strings.ts';
import type { WorkbookInfo } from '../../lib/survey-import/types.ts';

export interface SheetPickerProps {
  workbook: WorkbookInfo;
  t: ImportStrings;
  disabled?: boolean;
  onPick: (sheet: number) => void;
}

export default function SheetPicker({ workbook, t, disabled, onPick }: SheetPickerProps) {
  const chosen = workbook.sheets[workbook.sheet];
  return (
    <div className="import-sheet">
      {workbook.sheets.length > 1 && (
        <label>
          <span>{t.sheetLabel}</span>
          <select data-testid="import-sheet" value={workbook.sheet} disabled={disabled} onChange={(event) => onPick(Number(event.target.value))}>
            {workbook.sheets.map((sheet, index) => {
              const notes = [sheet.hidden ? t.sheetHidden : '', sheet.empty ? t.sheetEmpty : '', sheet.survey ? t.sheetSurvey : ''].filter(Boolean);
              return (
                <option key={index} value={index}>
                  {sheet.name || t.columnN(index + 1)}
                  {notes.length > 0 ? ` (${notes.join(', ')})` : ''}
                </option>
              );
            })}
          </select>
        </label>
      )}
      {chosen && (
        <p className="hint" data-testid="import-sheet-chosen" data-value={workbook.chosenBy} data-sheet={workbook.sheet}>
          {t.sheetChosen(chosen.name, workbook.chosenBy)}
          {workbook.date1904 ? ` ${t.date1904}` : ''}
        </p>
      )}
    </div>
  );
}
