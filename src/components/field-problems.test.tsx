import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TextField from '@mui/material/TextField';
import { FieldProblems } from './field-problems';

function Form({ errors }: { errors: object }) {
  return (
    <form>
      <TextField label="Subject" required error />
      <div role="group" aria-labelledby="g1">
        <h3 id="g1">Contact</h3>
        <TextField label="Name" required error />
      </div>
      <div role="group" aria-labelledby="g2">
        <h3 id="g2">Local contact</h3>
        <TextField label="Name" required error />
        <TextField label="Email" />
      </div>
      <FieldProblems errors={errors} />
    </form>
  );
}

describe('the summary of a refused form', () => {
  it('counts every field that needs attention, names a repeated label by its group, and links each', async () => {
    const user = userEvent.setup();
    render(
      <Form errors={{ subject: { type: 'required' }, contact: { name: { type: 'required' } } }} />,
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent(
      '3 fields need attention: Subject, Contact: Name, Local contact: Name',
    );
    await user.click(within(summary).getByRole('button', { name: 'Local contact: Name' }));
    const names = screen.getAllByRole('textbox', { name: 'Name' });
    expect(names[1]).toHaveFocus();
    await user.click(within(summary).getByRole('button', { name: 'Subject' }));
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveFocus();
  });
});
