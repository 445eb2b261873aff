// Delete the account and everything the server keeps for it; data on this device stays.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { showToast } from '../../../ui/toast-store';
import { deleteAccount } from '../security-store';
import { PasswordConfirmForm } from './PasswordConfirmForm';

export function DeleteAccountCard() {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);

  async function onConfirm(password: string) {
    const outcome = await deleteAccount(password);
    if (outcome.ok) {
      showToast({
        message: 'Your account is deleted. Everything on this device is still here.',
      });
      void navigate('/account');
    }
    return outcome;
  }

  return (
    <section className="card" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete account</h2>
      <p>
        Deletes your account and everything our server keeps for it: sign-in details, devices,
        security history and plan. Resumes, jobs and applications on this device are not touched.
        This cannot be undone.
      </p>
      {asking ? (
        <PasswordConfirmForm
          submitLabel="Delete my account"
          danger
          onConfirm={onConfirm}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <Button variant="danger" onClick={() => setAsking(true)}>
          Delete account…
        </Button>
      )}
    </section>
  );
}
