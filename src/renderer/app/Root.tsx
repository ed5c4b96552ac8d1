// Picks the connection once, then shows the app, or the sign-in message when browser mode has no
// valid token.
import { useState } from 'react';
import { pickConnection, type ConnectionChoice } from '../transport/pickClient';
import { ToastProvider } from '../ui/Toasts';
import { App } from './App';
import { ConnectionContext } from '../transport/connection';
import { JournalGate } from './JournalGate';
import { SignInRequired } from './SignInRequired';

export function Root() {
  const [refused, setRefused] = useState(false);
  const [choice] = useState<ConnectionChoice>(() => pickConnection(() => setRefused(true)));

  if (!choice.ok) return <SignInRequired reason="missing" />;
  if (refused) return <SignInRequired reason="refused" />;
  return (
    <ConnectionContext.Provider value={choice.connection}>
      <ToastProvider>
        <JournalGate>
          <App />
        </JournalGate>
      </ToastProvider>
    </ConnectionContext.Provider>
  );
}
