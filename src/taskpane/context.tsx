import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Language } from '../i18n';
import type { PaneMessages } from '../i18n/pane';
import type { PaneState } from './model';
import type { PaneStore } from './store';

interface PaneContextValue {
  t: PaneMessages;
  language: Language;
  store: PaneStore;
}

const PaneContext = createContext<PaneContextValue | null>(null);

export function PaneProvider({ value, children }: { value: PaneContextValue; children: ReactNode }) {
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneContextValue {
  const v = useContext(PaneContext);
  if (!v) throw new Error('usePane outside PaneProvider');
  return v;
}

/** The store's state; the component re-renders on every change. */
export function usePaneState(): PaneState {
  const { store } = usePane();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
