// Browser mode without a valid token: nothing can load, so say exactly how to get in.
import { useEffect } from 'react';
import { markAppReady } from '../ui/appReady';
import { FulcrumMark } from './FulcrumMark';

export function SignInRequired({ reason }: { reason: 'missing' | 'refused' }) {
  useEffect(() => {
    document.title = 'Fulcrum: open the address from npm run web';
    markAppReady();
  }, []);
  return (
    <main className="signin-page">
      <div className="signin-card" role="alert">
        <FulcrumMark size={44} />
        <h1>
          Open the address printed by <code>npm run web</code>
        </h1>
        <p>
          {reason === 'missing'
            ? 'This page needs the access token that Fulcrum prints when it starts in browser mode.'
            : 'The Fulcrum server did not accept this page’s access token. It changes every time the server starts.'}
        </p>
        <ol>
          <li>
            In a terminal, in the Fulcrum folder, run <code>npm run web</code> (or look at the one already running).
          </li>
          <li>
            Open the address it prints, including the part that starts with <code>?token=</code>.
          </li>
        </ol>
      </div>
    </main>
  );
}
