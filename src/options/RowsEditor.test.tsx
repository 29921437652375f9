// @vitest-environment happy-dom

import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { button, click, mount, type, unmountAll } from '../../tests/support/test-dom';
import { type Column, RowsEditor } from './RowsEditor';

afterEach(unmountAll);

interface School {
  school: string;
  start: string;
}
const COLUMNS: Column<School>[] = [
  { key: 'school', label: 'School', required: true },
  { key: 'start', label: 'From', date: {} },
];

function Editor({ initial }: { initial: School[] }) {
  const [rows, setRows] = useState(initial);
  return (
    <>
      <RowsEditor
        legend="Education"
        rows={rows}
        columns={COLUMNS}
        empty={() => ({ school: '', start: '' })}
        onChange={setRows}
        addLabel="Add a school"
      />
      <button type="button">Elsewhere</button>
    </>
  );
}

const invalid = (root: Element) =>
  [...root.querySelectorAll('input[aria-invalid="true"]')].map((i) => (i as HTMLInputElement).id);

describe('RowsEditor', () => {
  it('does not mark a new empty row required until the user has been in it and left', async () => {
    const root = await mount(<Editor initial={[]} />);
    await click(button(root, 'Add a school'));
    expect(root.querySelectorAll('.row')).toHaveLength(1);
    expect(invalid(root)).toEqual([]);
    const [school, start] = [...root.querySelectorAll('input')] as HTMLInputElement[];
    await type(start as HTMLInputElement, '2019');
    expect(invalid(root)).toEqual([]);
    await act(() => {
      start?.dispatchEvent(new FocusEvent('blur', { relatedTarget: button(root, 'Elsewhere') }));
    });
    expect(invalid(root)).toEqual([school?.id]);
  });

  it('marks a saved row that breaks the rules straight away', async () => {
    const root = await mount(<Editor initial={[{ school: '', start: '19' }]} />);
    expect(invalid(root)).toHaveLength(2);
  });
});
