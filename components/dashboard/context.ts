import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RegisterService } from '../../register/service';

/** The register, as the dashboard's components reach it. */
export const RegisterContext = createContext<RegisterService | null>(null);

export function useRegister(): RegisterService {
  const service = useContext(RegisterContext);
  if (!service) throw new Error('The dashboard is rendered without a register (RegisterContext.Provider).');
  return service;
}
