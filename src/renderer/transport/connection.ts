// The connection to the core, handed down through React context from the one place that picks it.
import { createContext, useContext } from 'react';
import type { Connection } from './pickClient';

export const ConnectionContext = createContext<Connection | null>(null);

export function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useConnection must be used inside <ConnectionContext.Provider>.');
  return connection;
}

export function useClient() {
  return useConnection().client;
}
