import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PasswordStrengthMeter } from './components/PasswordStrengthMeter';

describe('PasswordStrengthMeter', () => {
  it('explains the rule before anything is typed', () => {
    render(<PasswordStrengthMeter password="" email="" />);
    expect(screen.getByTestId('password-strength').textContent).toMatch(/At least 8 characters/);
  });

  it('counts towards the minimum while too short', () => {
    render(<PasswordStrengthMeter password="abc12" email="" />);
    expect(screen.getByTestId('password-strength').textContent).toMatch(
      /Too short — 5 of at least 8 characters/,
    );
  });

  it('rates a guessable password very weak and says why; a passphrase strong', () => {
    const { rerender } = render(
      <PasswordStrengthMeter password="jane.doe2024!" email="jane.doe@example.com" />,
    );
    const meter = screen.getByRole('meter', { name: 'Password strength' });
    expect(meter.getAttribute('aria-valuetext')).toBe('Very weak');
    expect(screen.getByText(/Do not use your email address/)).toBeTruthy();
    rerender(<PasswordStrengthMeter password="amber lighthouse 74 marmalade" email="" />);
    expect(meter.getAttribute('aria-valuetext')).toBe('Strong');
    expect(screen.queryByRole('listitem')).toBeNull();
  });
});
