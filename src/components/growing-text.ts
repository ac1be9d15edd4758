/** MUI's line height for text inputs (1.4375em): the height of a row of a multi-line field. */
const ROW = 1.4375;

/**
 * A multi-line TextField whose box grows with its text — spread into the field:
 * `<TextField label="…" {...growingText(5)} />` (a field with `slotProps` of its own keeps
 * these: `slotProps={{ ...grow.slotProps, htmlInput: … }}`). The browser sizes it (CSS `field-sizing:
 * content`) instead of MUI's TextareaAutosize, which measures the text box while React commits a
 * page and so forces the browser to lay the whole new page out inside that commit (~50 ms of the
 * report-an-incident page's longest task on a slow phone). Where `field-sizing` is not supported
 * yet, the box keeps `minRows` rows, scrolls, and can be resized by hand.
 */
export function growingText(minRows: number, maxRows?: number) {
  return {
    multiline: true,
    rows: minRows,
    // A plain textarea: given no component, MUI renders TextareaAutosize even for fixed rows.
    slotProps: { input: { inputComponent: 'textarea' } },
    sx: {
      '& textarea': {
        fieldSizing: 'content',
        minHeight: `${minRows * ROW}em`,
        ...(maxRows !== undefined && { maxHeight: `${maxRows * ROW}em`, overflowY: 'auto' }),
        '@supports not (field-sizing: content)': { resize: 'vertical' },
      },
    },
  } as const;
}
