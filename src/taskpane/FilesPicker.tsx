/**
 * A button that picks several .xlsx files, with a status line under it: the 取りまとめ command of
 * the workbench and of the Excel pane. The picked files go to `onFiles`; the caller says what the
 * status is.
 */
import { useRef } from 'react';
import { Button, Caption1, Tooltip } from '@fluentui/react-components';
import { TableStackBelowRegular } from '@fluentui/react-icons';
import { bytesOf, XLSX_TYPE } from './files';
import type { PickedFile } from './consolidate-files';

export function FilesPicker(props: { label: string; hint: string; busy: boolean; status: string; testId: string; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={`.xlsx,${XLSX_TYPE}`}
        style={{ display: 'none' }}
        tabIndex={-1}
        aria-hidden
        data-testid={props.testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
      <Tooltip content={props.hint} relationship="description" withArrow>
        <Button icon={<TableStackBelowRegular />} disabledFocusable={props.busy} onClick={() => input.current?.click()}>
          {props.label}
        </Button>
      </Tooltip>
      {props.status && (
        <Caption1 role="status" aria-live="polite">
          {props.status}
        </Caption1>
      )}
    </>
  );
}

/** A picked File as the consolidation reads it. */
export const pickedFile = (f: File): PickedFile => ({ name: f.name, modified: f.lastModified, bytes: () => bytesOf(f) });
