/**
 * One live copy of the register and its findings for the whole app, so screens that need the whole picture
 * (dashboard, findings columns, pickers, "used by") share one read and one validation run per change.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Register } from '../../shared/model';
import { useFindings, useLiveRegister, type Findings } from './useLiveRegister';

interface RegisterData {
  register: Register | undefined;
  findings: Findings | undefined;
}

const RegisterContext = createContext<RegisterData>({ register: undefined, findings: undefined });

export function RegisterProvider({ children }: { children: ReactNode }) {
  const register = useLiveRegister();
  const findings = useFindings(register);
  return <RegisterContext.Provider value={{ register, findings }}>{children}</RegisterContext.Provider>;
}

/** The live register and its findings; both undefined while loading. */
export function useRegisterData(): RegisterData {
  return useContext(RegisterContext);
}
